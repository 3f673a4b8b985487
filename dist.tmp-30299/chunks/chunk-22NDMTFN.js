import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var o={en:{separator:",",decimal:"."},fr:{separator:";",decimal:","}},t={separator:",",decimal:"."};function l(e,n=t){let r=e===null?"":typeof e=="number"?String(e).replace(".",n.decimal):e;return typeof e=="string"&&/^[=+\-@\t\r]/.test(r)&&(r=`'${r}`),r.includes(n.separator)||/["\r\n]/.test(r)?`"${r.replace(/"/g,'""')}"`:r}function s(e,n){let r=n.bom?o[n.lang]:t;return(n.bom?"\uFEFF":"")+e.map(a=>a.map(i=>l(i,r)).join(r.separator)).join(`\r
`)+`\r
`}export{s as a};
