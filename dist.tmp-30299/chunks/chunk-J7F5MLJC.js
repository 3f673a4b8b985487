import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as l,e as s}from"./chunk-Z7KGNXJZ.js";function p(e){let{w:r,f:t}=s(e),o=n=>r("render.colon",{label:n});return{lang:e,w:r,f:t,t:l[e].typo,colon:o,labelled:(n,i)=>`${o(n)} ${t.typo(i)}`,num2:n=>n==null?"\u2014":t.num(n,2)}}export{p as a};
