// The room's pages, rendered on the server: the participant's steps (plain HTML forms that work without JavaScript;
// a small script, allowed by its hash, swaps steps without a reload) and the facilitator's projector page. Everything
// is self-contained (system fonts, no request to anywhere), every text escaped.
import { createHash } from 'node:crypto';
import { questionsOf } from '../core/model.js';
import { tr } from '../core/text.js';
import type { Instrument } from '../core/types.js';
import { FMT, LANGS, wordsFor, type Lang } from '../i18n/index.js';
import { escapeHtml as esc, FONT_STACK } from '../render/html/page.js';
import type { FacilitatorView, RoomState, Step } from './state.js';
import { answerOf, stepNumber } from './state.js';
import { boardHead, qrMatrix } from './terminal.js';

const CSS = `
:root{--ink:#1b2430;--muted:#56606d;--line:#c9d0d8;--soft:#f2f5f8;--accent:#1f4d7a;--on:#fff;--bg:#fff;--warn:#8a3a22}
@media (prefers-color-scheme:dark){:root{--ink:#e8edf2;--muted:#aab4bf;--line:#4a5562;--soft:#1f2833;--accent:#8fc1f0;--on:#0b1520;--bg:#111820;--warn:#f3a98f}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.5 ${FONT_STACK}}
.wrap{max-width:40rem;margin:0 auto;padding:12px 16px 40px}
header{display:flex;justify-content:space-between;align-items:center;gap:12px;border-bottom:2px solid var(--accent);padding:8px 0;margin-bottom:16px}
header p{margin:0;font-weight:600;font-size:15px}
header a{color:var(--accent);font-size:15px;padding:10px 4px;min-height:44px;display:inline-flex;align-items:center}
main:focus{outline:none}
h1{font-size:1.3rem;line-height:1.3;margin:0 0 12px}
p{margin:0 0 12px}
.muted{color:var(--muted);font-size:.92rem}
progress{width:100%;height:10px;accent-color:var(--accent)}
.progress{margin:0 0 4px;font-size:.95rem;color:var(--muted)}
fieldset{border:0;margin:16px 0;padding:0;min-width:0}
legend{font-size:1.2rem;font-weight:600;line-height:1.35;margin-bottom:12px;padding:0}
legend .dim{display:block;font-size:.85rem;font-weight:600;color:var(--accent);text-transform:uppercase;letter-spacing:.05em;margin-bottom:4px}
.choice{display:flex;gap:12px;align-items:flex-start;border:2px solid var(--line);border-radius:10px;padding:12px 14px;margin:0 0 10px;min-height:56px;cursor:pointer;background:var(--soft)}
.choice input{width:24px;height:24px;margin:2px 0 0;flex:none;accent-color:var(--accent)}
.choice span{display:block;font-weight:600}
.choice small{display:block;color:var(--muted);font-size:.9rem;font-weight:400}
.choice:has(input:checked){border-color:var(--accent);box-shadow:inset 0 0 0 1px var(--accent)}
.choice:focus-within{outline:3px solid var(--accent);outline-offset:2px}
.dk{border-style:dashed}
.nav{display:flex;flex-direction:row-reverse;flex-wrap:wrap;gap:10px;margin-top:18px}
button{font:inherit;font-weight:600;min-height:52px;min-width:44px;padding:10px 20px;border-radius:10px;border:2px solid var(--accent);background:var(--bg);color:var(--accent);cursor:pointer;flex:1 1 8rem}
button.primary{background:var(--accent);color:var(--on)}
button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
label.block{display:block;font-weight:600;margin:8px 0 6px}
textarea{width:100%;min-height:8rem;font:inherit;padding:10px;border:2px solid var(--line);border-radius:10px;background:var(--bg);color:var(--ink)}
.alert{border-left:4px solid var(--warn);padding:8px 12px;background:var(--soft);color:var(--ink)}
.sent{font-size:1.4rem}
ul.scale{padding-left:1.2rem}
.fac{max-width:none;font-size:22px}
.fac h1{font-size:2rem}
.counts{display:flex;gap:2rem;flex-wrap:wrap;font-size:1.6rem;margin:8px 0 20px}
.counts b{font-size:2.6rem;display:block;line-height:1.1}
.st{border-top:1px solid var(--line);padding:10px 0}
.st h2{font-size:1.1rem;margin:0 0 6px;font-weight:600}
.st svg{width:100%;height:34px;display:block}
.tag{display:inline-block;border:2px solid var(--warn);color:var(--warn);border-radius:6px;padding:0 8px;font-size:.9rem;font-weight:700;margin-left:6px}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9rem;margin:0;padding:0;list-style:none}
.legend svg{width:14px;height:14px;vertical-align:-2px;margin-right:4px}
.join{display:flex;gap:24px;align-items:center;flex-wrap:wrap;margin:0 0 16px}
.join .qr{width:min(220px,60vw);height:auto;flex:none}
.join .link{font-family:ui-monospace,monospace;font-size:1.1rem;overflow-wrap:anywhere}
.controls{display:flex;gap:16px;align-items:center;flex-wrap:wrap;font-size:1rem}
.controls a{color:var(--accent);min-height:44px;display:inline-flex;align-items:center}
.controls button{flex:none}
`;

const SCRIPT = `(()=>{let busy=false;document.addEventListener('submit',async(e)=>{const f=e.target;if(!(f instanceof HTMLFormElement)||busy||f.dataset.plain)return;e.preventDefault();busy=true;const s=e.submitter;try{const body=new URLSearchParams(new FormData(f,s));const r=await fetch(f.action,{method:'POST',body,credentials:'same-origin'});if(r.status===429){const b=f.querySelector('[data-busy]');if(b){b.hidden=false;b.focus()}return}if(!r.ok)throw new Error(String(r.status));const d=new DOMParser().parseFromString(await r.text(),'text/html');const m=d.querySelector('main'),h=d.querySelector('header');if(!m)throw new Error('page');document.querySelector('main').replaceWith(m);if(h)document.querySelector('header').replaceWith(h);document.title=d.title;document.documentElement.lang=d.documentElement.lang;history.replaceState(null,'',r.url);(m.querySelector('[role=alert],legend,h1')||m).setAttribute('tabindex','-1');(m.querySelector('[role=alert],legend,h1')||m).focus();window.scrollTo(0,0)}catch(x){f.dataset.plain='1';if(s&&s.name){const i=document.createElement('input');i.type='hidden';i.name=s.name;i.value=s.value;f.append(i)}f.submit()}finally{busy=false}})})();`;

// The projector page updates its figures every 3 seconds without reloading (so nothing moves under a reader but the
// figures), with a button that pauses and resumes it (WCAG 2.2.2); without JavaScript it has a link to refresh by hand.
const PROJECTOR_SCRIPT = `(()=>{const b=document.getElementById('pause');if(!b)return;let paused=false;b.hidden=false;b.addEventListener('click',()=>{paused=!paused;b.textContent=paused?b.dataset.resume:b.dataset.pause});setInterval(async()=>{if(paused)return;try{const r=await fetch(location.href,{credentials:'same-origin',cache:'no-store'});if(!r.ok)return;const n=new DOMParser().parseFromString(await r.text(),'text/html').getElementById('live'),o=document.getElementById('live');if(n&&o&&!paused)o.replaceWith(n)}catch{}},3000)})();`;

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The Content-Security-Policy of every page: nothing but the page's own style and script (by hash), forms to itself. */
export const CSP = `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(SCRIPT)} ${hash(PROJECTOR_SCRIPT)}; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

/** The language a browser asks for (Accept-Language, by weight), else English. */
export function langOfAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  const wanted = header
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: (tag ?? '').trim().slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (wanted.find((x) => (LANGS as string[]).includes(x.lang))?.lang as Lang | undefined) ?? 'en';
}

/** Where the participant's pages are, and what they know. */
export interface PageContext {
  state: RoomState;
  base: string;
  lang: Lang;
  minComments: number;
}

function page(lang: Lang, title: string, header: string, main: string, kind: 'participant' | 'projector'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${esc(title)}</title><style>${CSS}</style></head><body><div class="wrap${kind === 'projector' ? ' fac' : ''}">${header}<main id="main">${main}</main></div><script>${kind === 'projector' ? PROJECTOR_SCRIPT : SCRIPT}</script></body></html>`;
}

function typo(lang: Lang, text: string): string {
  return esc(FMT[lang].typo(text));
}

/** The participant's page at a step. */
export function participantPage(ctx: PageContext, step: Step, pid: string | undefined, alert?: 'missing'): string {
  const { state, base, lang } = ctx;
  const { w } = wordsFor(lang);
  const inst = state.instrument;
  const n = state.ids.length;
  const k = stepNumber(step, n);
  const other: Lang = LANGS.find((l) => l !== lang) ?? lang;
  const title = tr(inst.title, lang) || inst.id;
  const header = `<header><p>${esc(title)}</p><a href="${esc(`${base}?step=${k}&lang=${other}`)}" lang="${other}" hreflang="${other}">${esc(w('room.switchLanguage'))}</a></header>`;
  const hidden = (s: number) => `<input type="hidden" name="step" value="${s}"><input type="hidden" name="lang" value="${lang}">`;
  // A request refused for going too fast (429) keeps the form as it is and shows this line (see SCRIPT).
  const form = (body: string) => `<form method="post" action="${esc(base)}"><p class="alert" role="alert" tabindex="-1" data-busy hidden>${typo(lang, w('room.refusedBusy'))}</p>${body}</form>`;
  let main: string;
  let heading = title;
  if (step.kind === 'intro') {
    const scale = [...inst.scale.map((p) => ({ label: tr(p.label, lang), meaning: tr(p.meaning, lang) })), ...(inst.dontKnow ? [{ label: tr(inst.dontKnow.label, lang), meaning: tr(inst.dontKnow.meaning, lang) }] : [])];
    const intro = tr(inst.intro, lang);
    const notice = tr(inst.notice, lang);
    main =
      `<h1>${esc(w('room.welcome'))}</h1>` +
      (intro ? `<p>${typo(lang, intro)}</p>` : '') +
      (notice ? `<details><summary>${esc(w('questions.noticeTitle'))}</summary>${notice.split(/\n\s*\n?/).filter((l) => l.trim()).map((l) => `<p>${typo(lang, l)}</p>`).join('')}</details>` : '') +
      `<p>${typo(lang, w('room.howItWorks', { n }))}</p>` +
      `<p>${esc(w('room.scaleTitle'))}</p><ul class="scale">${scale.map((s) => `<li>${s.meaning ? typo(lang, w('room.scalePoint', { label: s.label, meaning: s.meaning })) : esc(s.label)}</li>`).join('')}</ul>` +
      `<p class="muted">${typo(lang, w('room.anonymous'))}</p>` +
      form(`${hidden(0)}<div class="nav"><button class="primary" name="nav" value="start">${esc(w(pid && state.participants.has(pid) ? 'room.resume' : 'room.start'))}</button></div>`);
  } else if (step.kind === 'statement') {
    const { question, dimension } = questionsOf(inst)[step.index]!;
    const current = answerOf(state, pid, question.id);
    const choice = (value: string, label: string, meaning: string, cls: string, i: number) =>
      `<label class="choice${cls}" for="a${i}"><input type="radio" id="a${i}" name="${esc(question.id)}" value="${esc(value)}"${current === value ? ' checked' : ''} required><span>${esc(label)}${meaning ? `<small>${typo(lang, meaning)}</small>` : ''}</span></label>`;
    const choices = [
      ...inst.scale.map((p, i) => choice(String(p.value), tr(p.label, lang), tr(p.meaning, lang), '', i)),
      ...(inst.dontKnow ? [choice('?', tr(inst.dontKnow.label, lang), tr(inst.dontKnow.meaning, lang), ' dk', inst.scale.length)] : []),
    ].join('');
    const progress = w('room.progress', { n: step.index + 1, total: n });
    heading = `${progress} · ${title}`;
    main = form(
      `<p class="progress" id="progress">${esc(progress)}</p><progress value="${step.index + 1}" max="${n}" aria-labelledby="progress"></progress>` +
        (alert === 'missing' ? `<p class="alert" role="alert">${typo(lang, w('room.chooseAnswer'))}</p>` : '') +
        `<fieldset><legend><span class="dim">${esc(tr(dimension.label, lang))}</span>${typo(lang, tr(question.text, lang))}</legend>${choices}</fieldset>` +
        `${hidden(k)}<div class="nav"><button class="primary" name="nav" value="next">${esc(w('room.next'))}</button><button name="nav" value="back" formnovalidate>${esc(w('room.back'))}</button></div>`,
    );
  } else if (step.kind === 'comment') {
    const p = pid ? state.participants.get(pid) : undefined;
    const answered = p ? state.ids.filter((id) => p.answers.has(id)).length : 0;
    heading = `${w('room.lastStep')} · ${title}`;
    main = form(
      `<h1>${esc(w('room.lastStep'))}</h1><p>${esc(w('room.answered', { n: answered, total: n }))}</p>` +
        `<label class="block" for="comment">${esc(w('room.commentLabel'))}</label>` +
        `<p class="muted" id="comment-hint">${typo(lang, w('room.commentHint', { min: ctx.minComments }))}</p>` +
        `<textarea id="comment" name="comment" maxlength="1000" aria-describedby="comment-hint">${esc(p?.comment ?? '')}</textarea>` +
        `${hidden(k)}<div class="nav"><button class="primary" name="nav" value="send">${esc(w('room.send'))}</button><button name="nav" value="back" formnovalidate>${esc(w('room.back'))}</button></div>`,
    );
  } else {
    heading = `${w('room.sentTitle')} · ${title}`;
    main =
      `<h1 class="sent" role="status">✓ ${esc(w('room.sentTitle'))}</h1><p>${typo(lang, w('room.sentBody'))}</p>` +
      form(`${hidden(k)}<div class="nav"><button name="nav" value="change">${esc(w('room.change'))}</button></div>`);
  }
  return page(lang, heading, header, main, 'participant');
}

/** Fill colours of the scale points, from the lowest to the highest (then "don't know"). */
function tones(points: number): string[] {
  const low = [181, 86, 58];
  const high = [63, 138, 104];
  return Array.from({ length: points }, (_, i) => {
    const t = points === 1 ? 1 : i / (points - 1);
    const mid = [201, 154, 46];
    const [a, b, u] = t < 0.5 ? [low, mid, t * 2] : [mid, high, (t - 0.5) * 2];
    return `rgb(${a.map((x, j) => Math.round(x + (b[j]! - x) * u)).join(',')})`;
  });
}

/** A QR code as an inline SVG (dark modules on white, with its quiet zone), labelled for screen readers. */
function qrSvg(text: string, label: string): string {
  const { size, dark } = qrMatrix(text);
  let path = '';
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; ) {
      let run = 0;
      while (c + run < size && dark(r, c + run)) run++;
      if (run) path += `M${c + 4} ${r + 4}h${run}v1h-${run}z`;
      c += run || 1;
    }
  }
  const total = size + 8;
  return `<svg class="qr" viewBox="0 0 ${total} ${total}" role="img" aria-label="${esc(label)}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** What the projector page shows besides the figures: where to join, and whether an update waits for the facilitator. */
export interface ProjectorExtras {
  joinUrl: string;
  /** The next figures are ready and wait for the facilitator's confirmation on the terminal (--seats). */
  awaitingConfirmation: boolean;
}

/** The facilitator's projector page: where to join, counts, then (once published) one bar per statement. Updates itself (pause button; a refresh link without JavaScript). */
export function facilitatorPage(view: FacilitatorView, instrument: Instrument, lang: Lang, extras: ProjectorExtras): string {
  const { w } = wordsFor(lang);
  const title = tr(instrument.title, lang) || instrument.id;
  const colours = [...tones(instrument.scale.length), '#9aa3ad'];
  const labels = [...instrument.scale.map((p) => `${p.value} ${tr(p.label, lang)}`), ...(instrument.dontKnow ? [`? ${tr(instrument.dontKnow.label, lang)}`] : [])];
  const join = `<section class="join">${qrSvg(extras.joinUrl, w('room.joinLink'))}<div><p>${esc(w('room.joinLink'))}</p><p class="link">${esc(extras.joinUrl)}</p></div></section>`;
  const completed = view.seats === undefined ? String(view.completed) : esc(w('room.ofSeats', { completed: view.completed, seats: view.seats }));
  const counts = `<div class="counts"><p><b>${view.joined}</b>${esc(w('room.joinedLabel'))}</p><p><b>${completed}</b>${esc(w('room.completedLabel'))}</p></div>`;
  const [, ...notes] = boardHead(view, lang);
  const status = notes.map((n) => `<p class="alert">${typo(lang, n)}</p>`).join('') + (extras.awaitingConfirmation ? `<p class="alert">${typo(lang, w('room.awaitingConfirmation'))}</p>` : '');
  let body = '';
  if (view.shown) {
    const legend = `<ul class="legend">${labels.map((l, i) => `<li><svg viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill="${colours[i]}"/></svg>${esc(l)}</li>`).join('')}</ul>`;
    body =
      legend +
      view.statements
        .map((s) => {
          const heading = `<h2>${typo(lang, s.text)}${s.disagreement ? `<span class="tag">⚠ ${esc(w('room.disagreeTag'))}</span>` : ''}</h2>`;
          if (!s.answers.length) return `<section class="st">${heading}<p class="muted">${esc(w('room.withheld'))}</p></section>`;
          const parts = [...s.answers.map((c) => c.count), ...(instrument.dontKnow ? [s.dontKnow] : [])];
          const total = Math.max(1, parts.reduce((a, b) => a + b, 0));
          let x = 0;
          const rects = parts
            .map((c, i) => {
              const width = (1000 * c) / total;
              const r = c ? `<rect x="${x.toFixed(1)}" width="${width.toFixed(1)}" height="34" fill="${colours[i]}"/><text x="${(x + width / 2).toFixed(1)}" y="24" text-anchor="middle" font-size="20" fill="#fff">${c}</text>` : '';
              x += width;
              return r;
            })
            .join('');
          const text = parts.map((c, i) => `${labels[i]}: ${c}`).join(', ');
          return `<section class="st">${heading}<svg viewBox="0 0 1000 34" preserveAspectRatio="none" role="img" aria-label="${esc(text)}">${rects}</svg></section>`;
        })
        .join('');
  }
  const controls = `<p class="controls"><a href="">${esc(w('room.refreshNow'))}</a> <button type="button" id="pause" data-pause="${esc(w('room.pauseUpdates'))}" data-resume="${esc(w('room.resumeUpdates'))}" hidden>${esc(w('room.pauseUpdates'))}</button></p>`;
  return page(lang, `${w('room.facilitatorTitle')} · ${title}`, `<header><p>${esc(title)}</p></header>`, `<h1>${esc(w('room.facilitatorTitle'))}</h1>${join}${controls}<div id="live">${counts}${status}${body}</div>`, 'projector');
}

/** Why a participant's request was refused, each with its page. */
export type Refusal = 'bad-form' | 'too-large' | 'bad-type' | 'busy' | 'not-saved' | 'internal' | 'room-full';

/** A refusal as a readable page: what happened, what to do, and the way back (what was typed stays in the browser's history). */
export function refusalPage(lang: Lang, why: Refusal, base: string): string {
  const { w } = wordsFor(lang);
  const code = ({ 'bad-form': 'room.refusedBadForm', 'too-large': 'room.refusedTooLarge', 'bad-type': 'room.refusedBadForm', busy: 'room.refusedBusy', 'not-saved': 'room.refusedNotSaved', internal: 'room.refusedInternal', 'room-full': 'room.refusedRoomFull' } as const)[why];
  const main = `<h1 role="alert">${esc(w('room.refusedTitle'))}</h1><p>${typo(lang, w(code))}</p><p><a href="${esc(`${base}?lang=${lang}`)}">${esc(w('room.backToRoom'))}</a></p>`;
  return page(lang, w('room.refusedTitle'), '', main, 'participant');
}
