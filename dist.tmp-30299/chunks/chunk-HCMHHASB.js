import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{c as i}from"./chunk-UF2AM4AJ.js";function s(r,o){let n={...r};Array.isArray(n.notes)&&(n.notes=n.notes.map(e=>i(e,o))),"warning"in n&&(n.warning=i(n.warning,o));let t=n.anonymity;return t&&typeof t=="object"&&"warning"in t&&(n.anonymity={...t,warning:i(t.warning,o)}),n}function g(r,o){return JSON.stringify(s(r,o),null,2)+`
`}export{s as a,g as b};
