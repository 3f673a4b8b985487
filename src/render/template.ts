import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';

/** A blank answers file in YAML: the scale and every statement in comments, one empty line per question to fill. */
export function renderTemplate(instrument: Instrument, lang: Lang): string {
  const fr = lang === 'fr';
  const comment = (s: string) => `# ${s}`.trimEnd();
  const out: string[] = [];
  out.push(comment(`${tr(instrument.title, lang) || instrument.id} (${instrument.id} ${instrument.version})`));
  out.push(comment(fr ? "Répondez à chaque affirmation par une valeur de l'échelle :" : 'Answer each statement with a value of the scale:'));
  for (const p of instrument.scale) out.push(comment(`  ${p.value} = ${tr(p.label, lang)}`));
  if (instrument.dontKnow) out.push(comment(`  null = ${tr(instrument.dontKnow.label, lang)} ${fr ? '(ou ?)' : '(or ?)'}`));
  out.push(comment(fr ? 'Une ligne laissée vide compte comme non répondue : le fichier est refusé tant qu\'il en reste.' : 'A line left blank counts as unanswered: the file is refused while any remain.'));
  out.push(comment(fr ? 'Puis : ex-maturity assess --answers CE-FICHIER.yaml' : 'Then: ex-maturity assess --answers THIS-FILE.yaml'));
  out.push('', `instrument: ${instrument.id}`, '');
  out.push(comment(fr ? 'Optionnel, pour les vues d\'équipe (ex-maturity aggregate) : le groupe du répondant.' : 'Optional, for team views (ex-maturity aggregate): the respondent\'s group.'));
  out.push(comment('respondent:'), comment('  group: managers'), '', 'answers:');
  for (const d of instrument.dimensions) {
    out.push('', `  ${comment(`${tr(d.label, lang).toUpperCase()}${d.description ? ` — ${tr(d.description, lang)}` : ''}`)}`);
    for (const q of d.questions) out.push(`  ${comment(tr(q.text, lang))}`, `  ${q.id}:`);
  }
  return out.join('\n') + '\n';
}
