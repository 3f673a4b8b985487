// Writes examples/answers.yaml from the built tool's template (npm run build first): see example-answers.mjs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fillTemplate } from './example-answers.mjs';

const template = execFileSync(process.execPath, ['bin/ex-maturity.cjs', 'template', '--lang', 'en'], { encoding: 'utf8' });
writeFileSync('examples/answers.yaml', fillTemplate(template));
console.log('examples/answers.yaml written');
