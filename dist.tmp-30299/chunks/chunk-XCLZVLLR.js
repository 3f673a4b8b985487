import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e,d as i}from"./chunk-COHUPNAE.js";var p=`
h2 .hint { font-weight: 400; font-size: 14px; color: var(--muted); }
.plan-dim h3 .muted { font-weight: 500; font-size: 14px; margin-left: 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.action { border-left: 4px solid var(--tone); font-size: 14px; }
.action p { color: #3a4550; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; padding: 0; list-style: none; }
.tags li { font-size: 12px; padding: 1px 8px; border-radius: 4px; background: var(--soft); color: var(--muted); }
.posture { background: var(--soft); border: 0; }
@media print { .cards { grid-template-columns: 1fr 1fr; } }
`;function c(n,s){if(!n?.items.length)return"";let a=t=>`<article class="card action"><h4>${e(t.title)}</h4>${t.detail?`<p>${e(t.detail)}</p>`:""}${t.tags.length?`<ul class="tags">${t.tags.map(l=>`<li>${e(l)}</li>`).join("")}</ul>`:""}</article>`,r=t=>`<section class="plan-dim tone-${i(t.level,s)}">
<h3>${t.priority}. ${e(t.label)} <span class="muted">${t.score} \xB7 ${e(t.levelText)}</span></h3>
${t.actions.length?`<div class="cards">
${t.actions.map(a).join(`
`)}
</div>`:`<p class="muted">${e(n.noActions)}</p>`}
</section>`;return`<section aria-labelledby="plan">
<h2 id="plan">${e(n.title)} <span class="hint">(${e(n.hint)})</span></h2>
${n.items.map(r).join(`
`)}
</section>`}function d(n){return n?.posture?`<section aria-labelledby="posture"><h2 id="posture">${e(n.posture.title)}</h2><div class="card posture"><p>${e(n.posture.text)}</p></div></section>`:""}export{p as a,c as b,d as c};
