import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b}from"./chunk-HCMHHASB.js";import"./chunk-UF2AM4AJ.js";import"./chunk-Z7KGNXJZ.js";import"./chunk-IM7GNSPV.js";export{b as renderJson,a as toJson};
