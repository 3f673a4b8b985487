// chalk, at the colour level decided once in app/tool.ts. Everything that colours text imports chalk from here, so
// that chalk is loaded only by runs that may print colour.
import chalk from 'chalk';
import { followColor } from './tool.js';

followColor((level) => {
  chalk.level = level;
});

export default chalk;
