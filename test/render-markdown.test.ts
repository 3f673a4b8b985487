// The Markdown report and the printable questionnaire, as a user gets them from the installed CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' }; // 2025-11-24T16:00:00Z
const HOSTILE = ['--instrument', fixture('hostile-instrument.yaml'), '--matrix', fixture('hostile-matrix.yaml'), '--answers', fixture('hostile-answers.yaml')];

function assess(args: string[]) {
  const r = cli(['assess', ...args], { env: ENV });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}
const json = (args: string[]) => JSON.parse(assess([...args, '--format', 'json']));

/** The level text a report shows beside a score, from the JSON. */
const levelText = (level: number, label: string, count: number, word: string) => `${word} ${level}/${count} · ${label}`;

describe('assess --format markdown', () => {
  const result = json(['--answers', EXAMPLE, '--lang', 'en']);
  const md = assess(['--answers', EXAMPLE, '--lang', 'en', '--format', 'markdown']);

  it('opens with the title, the date, the instrument and the overall level with its description', () => {
    expect(md.startsWith(`# ${result.instrument.title}\n`)).toBe(true);
    expect(md).toContain('24 November 2025');
    expect(md).toContain('ex-25 3.0.1');
    expect(md).toContain(`## Overall result: Level ${result.overall.level}/3 · ${result.overall.levelLabel} — ${result.overall.score.toFixed(1)} / 100`);
    expect(md).toContain(result.overall.levelDescription);
  });

  it('has a table row per dimension with the JSON score, level and answered/total, then the overall row', () => {
    expect(md).toContain('| Dimension | Score | Level | Answers |\n| --- | ---: | --- | ---: |');
    for (const d of result.dimensions) {
      expect(md).toContain(`| ${d.label} | ${d.score.toFixed(1)} | ${levelText(d.level, d.levelLabel, 3, 'Level')} | ${d.answered}/${d.total} |`);
    }
    expect(md).toContain(`| **Overall result** | **${result.overall.score.toFixed(1)}** |`);
  });

  it('names strengths (highest scores) and priorities (lowest scores)', () => {
    const section = (title: string) => md.split(`## ${title}\n`)[1]!.split('\n## ')[0]!;
    const sorted = [...result.dimensions].sort((a, b) => a.score - b.score);
    expect(section('Priorities')).toContain(`**${sorted[0].label}** — ${sorted[0].score.toFixed(1)}`);
    expect(section('Strengths')).toContain(`**${sorted.at(-1).label}** — ${sorted.at(-1).score.toFixed(1)}`);
    expect(section('Strengths')).not.toContain(sorted[0].label);
  });

  it('lists the action plan by dimension in priority order, each action with its horizon and owner', () => {
    const plan = md.split('## Action plan\n')[1]!.split('\n## Posture')[0]!;
    const headings = [...plan.matchAll(/^### (\d+)\. (.+?) — /gm)].map((m) => [Number(m[1]), m[2]]);
    expect(headings).toEqual(result.recommendations.map((r: { priority: number; label: string }) => [r.priority, r.label]));
    expect(md).toContain('- **Write the mission in one plain sentence** — *Horizon: quick win · Owner: executive committee · With: HR and internal communications*');
    for (const rec of result.recommendations) for (const a of rec.actions) expect(plan).toContain(a.status === 'to-do' ? `**${a.title}**` : a.title);
  });

  it('opens with the "start here" actions and sets the actions already in place apart', () => {
    const start = md.split('## Start here\n')[1]!.split('\n## ')[0]!;
    const titles = result.focus.map((id: string) => result.recommendations.flatMap((r: { actions: { id: string; title: string }[] }) => r.actions).find((a: { id: string }) => a.id === id).title);
    expect([...start.matchAll(/^\d\. \*\*(.+?)\*\*/gm)].map((m) => m[1])).toEqual(titles);
    expect(md.indexOf('## Start here')).toBeLessThan(md.indexOf('## Dimensions'));
    // fulfilment-6 is answered "Strongly agree" (level 2): the action that addresses it only is in place, not to do.
    expect(md).toContain('✓ *In place according to the answers: check that it holds everywhere* — Have each manager explain pay to each team member');
    expect(md).not.toContain('**Have each manager explain pay to each team member**');
    // Every to-do action says which statement and answer led to it.
    expect(md).toContain('  Why this action: “When leadership announces a major decision, it explains how the decision serves our mission.” (answer 1 out of 4)');
  });

  it('ends with a roadmap by horizon, "start here" marked', () => {
    const roadmap = md.split('## Roadmap\n')[1]!;
    expect(roadmap.indexOf('### Within a month')).toBeLessThan(roadmap.indexOf('### Within 3 months'));
    expect(roadmap).toContain('- **▸ Explain the “why” of major decisions** (Start here) — Purpose · senior leadership');
  });

  it('ends with the posture and a note on how to read it', () => {
    expect(md).toContain(`## Posture to adopt\n\n${result.posture}`);
    expect(md).toMatch(/## How to read this report\n\nEach dimension gets a score from 0 to 100/);
    expect(md).toContain('Levels: 1 Emerging (below 50), 2 Developing (50 to under 70), 3 Advanced (70 and above).');
  });

  it('is the same document when written with --output report.md (format from the extension)', () => {
    const file = join(tempDir(), 'report.md');
    const r = cli(['assess', '--answers', EXAMPLE, '--lang', 'en', '--output', file], { env: ENV });
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(md);
  });

  it('is entirely in French with --lang fr', () => {
    const fr = assess(['--answers', EXAMPLE, '--lang', 'fr', '--format', 'markdown']);
    // French typography: a no-break space before ":", a decimal comma, typographic apostrophes.
    for (const h of ['## Résultat global\u00a0: Niveau 2/3 · En structuration — 53,0 / 100', '## Dimensions', '## Points forts', '## Priorités', '## Plan d’action', '## Posture à adopter', '## Comment lire ce rapport']) {
      expect(fr).toContain(h);
    }
    expect(fr).toContain('24 novembre 2025');
    expect(fr).toContain('*Horizon\u00a0: action rapide · Porteur\u00a0: comité de direction · Avec\u00a0: DRH et communication interne*');
    expect(fr).toContain('  Pourquoi cette action\u00a0: «\u202fQuand la direction annonce une décision importante');
    expect(fr).not.toMatch(/Action plan|Overall result|Strengths|How to read/);
  });

  it('says so, instead of an action plan, for a custom instrument without a matrix', () => {
    const md2 = assess(['--instrument', fixture('hostile-instrument.yaml'), '--answers', fixture('hostile-answers.yaml'), '--format', 'markdown', '--lang', 'en']);
    expect(md2).not.toContain('## Action plan');
    expect(md2).toContain('No recommendations: this instrument has no action matrix');
  });
});

describe('Markdown escaping of untrusted texts', () => {
  const md = assess([...HOSTILE, '--format', 'markdown', '--lang', 'en']);

  it('keeps markup, links and table pipes from a custom instrument as plain text', () => {
    expect(md).not.toMatch(/(?<!\\)<(script|img|\/style|b>)/i); // every "<" from the files is escaped
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    // Every table row keeps its five cell borders: a "|" in a label cannot add a column.
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(6);
  });
});

describe('questions --format markdown', () => {
  const q = JSON.parse(cli(['questions', '--format', 'json', '--lang', 'en']).stdout);
  const md = cli(['questions', '--format', 'markdown', '--lang', 'en']).stdout;

  it('has a line for the respondent’s group and a section per dimension', () => {
    expect(md.startsWith(`# ${q.instrument.title}\n`)).toBe(true);
    expect(md).toMatch(/\*\*Group:\*\* (\\_){20,}/);
    const sections = [...md.matchAll(/^## \d+\. (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(q.dimensions.map((d: { label: string }) => d.label));
  });

  it('gives every statement, numbered, with the whole scale as boxes to tick', () => {
    const boxes = [...q.scale.map((p: { value: number; label: string }) => `☐ ${p.value} ${p.label}`), `☐ ${q.dontKnow.label}`].join('\u2003');
    let n = 0;
    for (const d of q.dimensions) {
      for (const s of d.questions) expect(md).toContain(`**${++n}.** ${s.text} *(${s.id})*\n\n${boxes}\n`);
    }
    // Then the optional eNPS item, outside the dimensions, numbered after them, with its 0–10 boxes.
    const enps = q.outcomes[0];
    expect(md).toContain(`**${n + 1}.** ${enps.text} *(enps)*`);
    expect(md).toContain(Array.from({ length: 11 }, (_, i) => `☐ ${i}`).join('\u2003'));
    expect(md.match(/☐/g)!.length).toBe(n * (q.scale.length + 1) + 11);
  });

  it('is in French with --lang fr', () => {
    const fr = cli(['questions', '--format', 'markdown', '--lang', 'fr']).stdout;
    expect(fr).toContain('**Groupe\u00a0:**');
    expect(fr).toContain('*Cochez une case par affirmation.*');
    expect(fr).toContain('☐ 1 Pas du tout d’accord');
    expect(fr).toContain('☐ Je ne sais pas');
  });

  it('carries the information notice, or says in its place what the person running the survey must fill in', () => {
    expect(md).toContain('**How your answers are processed**\n\n*To be completed before the survey goes out');
    expect(md).toContain('how long they are kept');
    const dir = tempDir();
    const bundled = readFileSync(join(import.meta.dirname, '..', 'questions', 'mirror-customers.yaml'), 'utf8');
    const notice = '  fr: "Responsable du traitement : Exemple SA, dpo@exemple.fr. Réponses gardées 12 mois."\n  en: "Controller: Example Ltd, data protection officer on 01 23 45 67 89.\\n\\nAnswers kept for 12 months."\n';
    writeFileSync(join(dir, 'inst.yaml'), bundled.replace('\nscale:', `\nnotice:\n${notice}scale:`));
    const r = cli(['questions', '--instrument', join(dir, 'inst.yaml'), '--format', 'markdown', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**How your answers are processed**\n\nController: Example Ltd, data protection officer on 01 23 45 67 89.\n\nAnswers kept for 12 months.\n');
    expect(r.stdout).not.toContain('To be completed');
    expect(JSON.parse(cli(['questions', '--instrument', join(dir, 'inst.yaml'), '--format', 'json', '--lang', 'fr']).stdout).notice).toBe('Responsable du traitement : Exemple SA, dpo@exemple.fr. Réponses gardées 12 mois.');
  });
});
