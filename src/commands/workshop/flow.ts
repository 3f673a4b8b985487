// The workshop itself: statement by statement, the facilitator types the room's votes and sees the spread at once.
// It talks to the facilitator only through a Prompter and to the disk only through a SessionStore.
import type { SessionSummary } from '../../app/interactive.js';
import type { SessionStore } from '../../app/sessions.js';
import { questionsOf } from '../../core/model.js';
import { tr } from '../../core/text.js';
import type { AnswerValue, Instrument } from '../../core/types.js';
import { FMT, format, wordsFor, type Lang } from '../../i18n/index.js';
import type { Prompter } from '../../prompts.js';
import { wrap } from '../../render/terminal/text.js';
import { parseVoteLine, readSession, voteSpread, type WorkshopSession } from '../../team/workshop.js';

/** What the workshop needs around it. */
export interface WorkshopContext {
  instrument: Instrument;
  lang: Lang;
  prompter: Prompter;
  store: SessionStore<WorkshopSession>;
  width: number;
}

/** A saved workshop session checked against the instrument. */
export function readWorkshopSession(payload: unknown, instrument: Instrument): WorkshopSession | 'corrupt' {
  return readSession(payload, instrument) ?? 'corrupt';
}

/** How a workshop session is described when it is found at start. */
export function workshopSummary(instrument: Instrument): (s: WorkshopSession) => SessionSummary {
  return (s) => ({ command: 'workshop', done: s.position, total: questionsOf(instrument).length });
}

/** The introduction: how to type the votes, go back and stop, and the scale. */
export function workshopIntro(instrument: Instrument, lang: Lang, width: number): string {
  const { w } = wordsFor(lang);
  // Kept whole on a line (no-break spaces): the tokens, and each "4 = label" with the "·" after it.
  const tokens = [...instrument.scale.map((p) => String(p.value)), ...(instrument.dontKnow ? ['?'] : [])].join('\u00a0');
  const items = [...instrument.scale.map((p) => `${p.value} = ${tr(p.label, lang)}`), ...(instrument.dontKnow ? [`? = ${tr(instrument.dontKnow.label, lang)}`] : [])];
  const scale = items.map((i) => i.replace(/ /g, '\u00a0')).join('\u00a0· ');
  return [wrap(w('app.workshopIntro', { tokens }), width), wrap(scale, width)].join('\n');
}

/** Asks the votes statement by statement from where the session is, saving after every line; 'quit' when the facilitator stops. */
export async function collectVotes(ctx: WorkshopContext, session: WorkshopSession): Promise<'done' | 'quit'> {
  const { instrument, lang, prompter, store, width } = ctx;
  const { w } = wordsFor(lang);
  const all = questionsOf(instrument);
  while (session.position < all.length) {
    const { question, dimension } = all[session.position]!;
    prompter.say(`\n[${session.position + 1}/${all.length}] ${tr(dimension.label, lang)}\n${wrap(FMT[lang].typo(tr(question.text, lang)), width)}`);
    // Back on a statement already voted: the votes typed before are shown, and proposed again.
    const before = session.votes[question.id];
    const typed = before?.map((v) => (v === null ? '?' : String(v))).join(' ');
    if (typed) prompter.say(wrap(w('app.workshopVotesBefore', { votes: typed }), width));
    // A line that is not votes is refused in the prompt itself, so it is never shown as accepted.
    const refusal = (line: string) => {
      const p = parseVoteLine(line, instrument);
      return p.kind === 'error' ? format(p.message, lang) : true;
    };
    const parsed = parseVoteLine(await prompter.input({ message: w('app.workshopVotes'), validate: refusal, ...(typed ? { default: typed } : {}) }), instrument);
    if (parsed.kind === 'error') {
      prompter.say(wrap(format(parsed.message, lang), width));
      continue;
    }
    if (parsed.kind === 'quit') {
      store.save(session);
      return 'quit';
    }
    if (parsed.kind === 'back') {
      if (session.position > 0) session.position--;
      store.save(session);
      continue;
    }
    session.votes[question.id] = parsed.votes;
    session.position++;
    store.save(session);
    prompter.say(spreadText(instrument, parsed.votes, lang, width));
  }
  return 'done';
}

/** The spread of a statement's votes: a bar (scaled to the width) and a count per answer, and a flag when the room disagrees. */
function spreadText(instrument: Instrument, votes: readonly AnswerValue[], lang: Lang, width: number): string {
  const { w } = wordsFor(lang);
  const s = voteSpread(instrument, votes, lang);
  const rows = [...s.counts.map((c) => ({ key: String(c.value), label: c.label, count: c.count })), ...(instrument.dontKnow ? [{ key: '?', label: tr(instrument.dontKnow.label, lang), count: s.dontKnow }] : [])];
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const most = Math.max(1, ...rows.map((r) => r.count));
  const room = Math.max(1, width - labelWidth - 12);
  const blocks = (n: number) => Math.round((n / most) * Math.min(room, most));
  const lines = rows.map((r) => `  ${r.key} ${r.label.padEnd(labelWidth)}  ${'█'.repeat(blocks(r.count))}${r.count ? ' ' : ''}${r.count}`);
  if (s.disagreement) lines.push(`  ${wrap(`⚠ ${w('app.workshopDisagree')}`, width - 2, '    ', width - 4)}`);
  return lines.join('\n');
}
