import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as c,b as m,c as u}from"./chunk-XCLZVLLR.js";import{b as g}from"./chunk-NGKWOEUX.js";import{a as t,d as s,e as o,f as p,g as d}from"./chunk-COHUPNAE.js";import{a as r}from"./chunk-Q3EFDETM.js";import"./chunk-4Z5FQJF3.js";import"./chunk-FONTTPYO.js";import"./chunk-J7F5MLJC.js";import"./chunk-UF2AM4AJ.js";import"./chunk-Z7KGNXJZ.js";import"./chunk-IM7GNSPV.js";var f=`
.summary { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 24px; align-items: center; }
.overall { border-top: 4px solid var(--tone); }
.overall h2 { margin: 0 0 8px; font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.score-big { margin: 0 0 10px; font-size: 46px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.score-big small { font-size: 16px; font-weight: 500; color: var(--muted); margin-left: 6px; }
figure { margin: 0; }
.radar { display: block; width: 100%; height: auto; }
.bands { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 16px; margin-top: 4px; font-size: 12.5px; color: var(--muted); }
.bands span:not(.visually-hidden)::before { content: ""; display: inline-block; width: 11px; height: 11px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; background: var(--tint); border: 1px solid var(--tone); }
.pair { margin-top: 28px; display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.pair h2 { margin-top: 0; }
.pair ul { margin: 0; padding-left: 18px; }
.levels { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.levels li { border-left: 4px solid var(--tone); background: #fff; padding: 8px 14px; border-radius: 0 6px 6px 0; }
.levels li.current { background: var(--tint); }
.levels p { margin: 2px 0 0; }
.reading p { color: var(--muted); font-size: 13.5px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 720px) { .summary, .pair { grid-template-columns: 1fr; } }
@media print {
  .summary { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); }
  .pair { grid-template-columns: 1fr 1fr; }
  .score-big { font-size: 36pt; }
}
${c}`,h=(e,l)=>d(l.level,e.levelCount,l.levelText);function b(e){return`<header class="top">
<p class="eyebrow">${t(e.kind)}</p>
<h1>${t(e.title)}</h1>
<ul class="meta">${e.meta.map(l=>`<li>${t(e.s.colon(l.label))} <b>${t(l.value)}</b></li>`).join("")}</ul>
</header>`}function x(e){let l=e.overall,i=e.dimensions.length<3?"":`<figure>
${g(e.dimensions.map(a=>a.label),e.levels.items.map((a,$)=>({min:e.levelMins[$],label:a.label})),[{label:e.title,values:e.dimensions.map(a=>a.value)}],{title:e.chart.title,id:"radar",valueText:e.s.f.score})}
<figcaption class="bands"><span class="visually-hidden">${t(e.s.colon(e.chart.bands))} </span>${e.levels.items.map(a=>`<span class="tone-${s(a.level,e.levelCount)}">${t(a.label)} (${t(a.range)})</span>`).join("")}</figcaption>
</figure>`,n=e.notes.map(a=>`<p class="callout"><strong>${t(e.s.colon(e.s.w("render.note")))} </strong>${t(a)}</p>`);return`<section class="summary" aria-label="${t(l.title)}">
<div class="card overall tone-${l.level===null?"none":s(l.level,e.levelCount)}">
<h2>${t(l.title)}</h2>
<p class="score-big">${l.score}<small>/ 100</small></p>
<p>${h(e,l)}</p>
${l.description?`<p>${t(l.description)}</p>`:""}
</div>
${i}
</section>
${n.join(`
`)}`}function v(e){let l=i=>`<tr><th scope="row">${t(i.label)}</th><td class="num">${i.score}</td><td>${p(i.value,i.level,e.levelMins.map(n=>({min:n})))}</td><td>${h(e,i)}</td><td class="num">${i.answered}</td></tr>`;return`<section aria-labelledby="dimensions">
<h2 id="dimensions">${t(e.head.dimensions)}</h2>
<table>
<thead><tr><th scope="col">${t(e.head.dimension)}</th><th scope="col" class="num">${t(e.head.score)}</th><th scope="col"><span class="visually-hidden">0\u2013100</span></th><th scope="col">${t(e.head.level)}</th><th scope="col" class="num">${t(e.head.answered)}</th></tr></thead>
<tbody>
${e.dimensions.map(l).join(`
`)}
</tbody>
<tfoot>${l(e.overall)}</tfoot>
</table>
</section>`}function y(e){if(!e.highlights.length)return"";let l=i=>`<section class="card" aria-labelledby="${i.id}"><h2 id="${i.id}">${t(i.title)}</h2><ul>${i.items.map(n=>`<li><strong>${t(n.label)}</strong> \u2014 ${n.score} <span class="muted">(${t(n.levelText)})</span></li>`).join("")}</ul></section>`;return`<div class="pair">${e.highlights.map(l).join("")}</div>`}function w(e){let l=i=>`<li class="tone-${s(i.level,e.levelCount)}${i.current?" current":""}"><strong>${t(i.heading)}</strong> <span class="muted">(${t(i.range)})</span>${i.current?` \u2014 <em>${t(e.levels.yourLevel)}</em>`:""}${i.description?`<p>${t(i.description)}</p>`:""}</li>`;return`<section aria-labelledby="levels">
<h2 id="levels">${t(e.levels.title)}</h2>
<ol class="levels">
${e.levels.items.map(l).join(`
`)}
</ol>
</section>`}function S(e){let l=r(e),i=[b(l),"<main>",x(l),v(l),y(l),w(l),m(l.plan,l.levelCount)||(l.noMatrix?`<p class="callout">${t(l.noMatrix)}</p>`:""),u(l.plan),`<section class="reading" aria-labelledby="reading"><h2 id="reading">${t(l.reading.title)}</h2>${l.reading.paragraphs.map(n=>`<p>${t(n)}</p>`).join("")}</section>`,"</main>",`<footer>${t(l.footer)} \xB7 ${t(l.date)}</footer>`];return o(`${l.title} \u2014 ${l.kind}`,e.language,i.filter(Boolean).join(`
`),f)}export{S as renderResultHtml};
