import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
function a(r,f){let l=r.reduce((e,t)=>e+t,0);if(l<2)return!1;let n=0;for(let e=0;e+2<r.length;e++){n+=r[e];let t=0;for(let o=e+2;o<r.length;o++)t+=r[o];if(n>0&&t>0&&n>=f*l&&t>=f*l)return!0}return!1}export{a};
