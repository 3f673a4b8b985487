import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a}from"./chunk-4GEOJWU7.js";import"./chunk-DLSVPXYN.js";import"./chunk-J7F5MLJC.js";import"./chunk-Z7KGNXJZ.js";import"./chunk-IM7GNSPV.js";export{a as renderTemplateYaml};
