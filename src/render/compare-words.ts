import type { Lang } from '../core/types.js';
import type { Comparison, CompareLine } from '../team/compare.js';

const WORDS = {
  fr: {
    title: 'Évolution',
    old: 'Avant',
    new: 'Après',
    delta: 'Écart',
    level: 'Niveau',
    dimension: 'Dimension',
    overall: 'Résultat global',
    improved: 'Progrès (le plus fort d’abord)',
    fell: 'Reculs (le plus fort d’abord)',
    none: 'aucun',
    result: 'résultat individuel',
    aggregate: (n: number | null, min: number | null) => `agrégat de ${n} répondant(s), seuil d'anonymat ${min ?? '?'}`,
    up: 'monte',
    down: 'descend',
    same: '=',
    definition: "Écarts calculés sur les scores non arrondis, puis arrondis à une décimale (demi loin de zéro).",
  },
  en: {
    title: 'Change',
    old: 'Before',
    new: 'After',
    delta: 'Change',
    level: 'Level',
    dimension: 'Dimension',
    overall: 'Overall result',
    improved: 'Improved (largest first)',
    fell: 'Fell (largest first)',
    none: 'none',
    result: 'individual result',
    aggregate: (n: number | null, min: number | null) => `aggregate of ${n} respondent(s), anonymity threshold ${min ?? '?'}`,
    up: 'up',
    down: 'down',
    same: '=',
    definition: 'Changes computed from the unrounded scores, then rounded to one decimal (half away from zero).',
  },
};

/** Words of the comparison reports, in one language. */
export function compareWords(lang: Lang): (typeof WORDS)['en'] {
  return WORDS[lang];
}

/** A signed change as shown: +3.4, −2.0, 0.0, or a dash. */
export function signed(x: number | null): string {
  if (x === null) return '—';
  return x > 0 ? `+${x.toFixed(1)}` : x < 0 ? `−${Math.abs(x).toFixed(1)}` : '0.0';
}

/** A score with its level, as shown: `55.3 (2 Developing)`. */
export function pointText(p: CompareLine['old']): string {
  return p.score === null ? '—' : `${p.score.toFixed(1)} (${p.level} ${p.levelLabel})`;
}

/** The level change of a line, in words. */
export function levelChangeText(l: CompareLine, lang: Lang): string {
  const w = WORDS[lang];
  return l.levelChange === null ? '' : l.levelChange === 'same' ? w.same : `${w[l.levelChange]} ${l.old.level} → ${l.new.level}`;
}

/** What each side is, in words. */
export function sideText(s: Comparison['old'], lang: Lang): string {
  const w = WORDS[lang];
  return s.kind === 'aggregate' ? w.aggregate(s.respondents, s.minGroup) : w.result;
}

/** The title of a comparison. */
export function compareTitle(c: Comparison): string {
  return `${c.instrument.title} — ${WORDS[c.language].title}`;
}
