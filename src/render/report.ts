// What the Markdown and HTML reports say, apart from how they say it: the same facts, in the same order, in one language.
import type { Result, ResultAction, ResultDimension } from '../core/result.js';
import type { Lang } from '../core/types.js';
import { byLang as t } from '../core/text.js';
import { colon, horizonLabel, ownerLabel, words } from '../i18n.js';

/** The day a document was generated, as people write it ("24 November 2026", "24 novembre 2026"), in UTC. */
export function showDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The facts under a report's title: date, instrument and version, respondent's group and label when given. */
export function reportMeta(r: Result): { label: string; value: string }[] {
  const w = words(r.language);
  const meta: { label: string; value: string }[] = [
    { label: w.generated, value: showDate(r.generatedAt, r.language) },
    { label: w.instrument, value: `${r.instrument.id} ${r.instrument.version}` },
  ];
  if (r.respondent.group) meta.push({ label: w.group, value: r.respondent.group });
  if (r.respondent.label) meta.push({ label: w.respondent, value: r.respondent.label });
  return meta;
}

/** A level as shown beside a score: "Level 2/3 · Developing". */
export function levelText(level: number | null, label: string | null, r: Result): string {
  const w = words(r.language);
  return level === null ? w.notScored : `${w.level} ${level}/${r.levels.length} · ${label ?? ''}`;
}

/** The scored dimensions in priority order: weakest first, ties in instrument order (the action plan's order when there is one). */
export function byPriority(r: Result): (ResultDimension & { score: number })[] {
  const scored = r.dimensions.filter((d): d is ResultDimension & { score: number } => d.score !== null);
  if (r.recommendations.length) return r.recommendations.map((rec) => scored.find((d) => d.id === rec.dimension)!).filter(Boolean);
  return [...scored].sort((a, b) => a.score - b.score);
}

/** Up to two priorities (the weakest dimensions) and up to two strengths (the strongest others, best first). */
export function strengthsAndPriorities(r: Result): { strengths: ResultDimension[]; priorities: ResultDimension[] } {
  const ordered = byPriority(r);
  const k = Math.min(2, Math.ceil(ordered.length / 2));
  const order = (d: ResultDimension) => r.dimensions.indexOf(d);
  const strengths = ordered.slice(k).sort((a, b) => b.score - a.score || order(a) - order(b));
  return { priorities: ordered.slice(0, k), strengths: strengths.slice(0, 2) };
}

/** The score range of the i-th level in words ("below 40", "40 to under 70", "70 and above"). */
export function levelRange(levels: readonly { min: number }[], i: number, lang: Lang): string {
  const min = levels[i]!.min;
  const next = levels[i + 1]?.min;
  if (i === 0 && next !== undefined) return t(lang, `moins de ${next}`, `below ${next}`);
  if (next === undefined) return t(lang, `${min} et plus`, `${min} and above`);
  return t(lang, `de ${min} à moins de ${next}`, `${min} to under ${next}`);
}

/** An action's horizon and owner, as labelled tags ("Horizon: quick win", "Owner: HR"); absent ones left out. */
export function actionTags(a: ResultAction, lang: Lang): string[] {
  const w = words(lang);
  const sep = colon(lang);
  const tags: string[] = [];
  if (a.horizon) tags.push(`${w.horizon}${sep}${horizonLabel(a.horizon, lang)}`);
  if (a.owner) tags.push(`${w.owner}${sep}${ownerLabel(a.owner, lang)}`);
  return tags;
}

/** The "how to read this report" paragraphs: what a score means, the levels, what is left out, the plan's order. */
export function readingNotes(r: Result): string[] {
  const { language: lang, scale } = r;
  const levels = r.levels.map((l, i) => `${l.level} ${l.label} (${levelRange(r.levels, i, lang)})`).join(', ');
  return [
    t(lang,
      `Chaque dimension reçoit un score de 0 à 100 calculé à partir des réponses : 0 si toutes ses affirmations ont reçu la réponse la plus basse de l'échelle (${scale.min}), 100 si toutes ont reçu la plus haute (${scale.max}). Les réponses « je ne sais pas » sont laissées de côté ; une dimension n'est notée que si au moins 60 % de ses affirmations ont une réponse. Le score global est la moyenne des scores des dimensions.`,
      `Each dimension gets a score from 0 to 100 computed from the answers: 0 when all its statements got the lowest answer on the scale (${scale.min}), 100 when all got the highest (${scale.max}). "Don't know" answers are left out; a dimension is scored only when at least 60 % of its statements are answered. The overall score is the mean of the dimension scores.`),
    t(lang, `Niveaux : ${levels}.`, `Levels: ${levels}.`),
    t(lang,
      "Le plan d'action commence par la dimension la plus faible : pour chacune, les actions qui correspondent au niveau atteint. C'est un point de départ à discuter, pas un verdict : le plus utile est de comparer ces résultats avec la perception d'autres personnes de l'organisation.",
      'The action plan starts with the weakest dimension: for each one, the actions suited to the level it reached. It is a starting point for discussion, not a verdict: the most useful next step is to compare these results with how others in the organisation see it.'),
  ];
}
