import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{d as o}from"./chunk-Z7KGNXJZ.js";function r(e,t){return o(e,t)}function s(e,t){return e.code===t}function a(e,t){return e===null||typeof e!="object"||!("code"in e)?e:{...e,message:o(e,t)}}export{r as a,s as b,a as c};
