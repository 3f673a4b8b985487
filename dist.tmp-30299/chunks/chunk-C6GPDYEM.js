import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var s=new WeakMap;function u(n){let e=s.get(n);return e||(e=n.dimensions.flatMap((t,i)=>t.questions.map(o=>({question:o,dimension:t,dimensionIndex:i}))),s.set(n,e)),e}export{u as a};
