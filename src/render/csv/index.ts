// Every csv renderer, one bundle in dist/: each is small, and each file fewer in the package is about 2.6 ms
// fewer of `npm install` (issue 14). The registry takes each renderer from here.
export { renderAggregateCsv } from './aggregate.js';
export { renderComparisonCsv } from './comparison.js';
export { renderMirrorComparisonCsv } from './mirror-comparison.js';
export { renderMirrorCsv } from './mirror.js';
export { renderQuestionnaireCsv } from './questionnaire.js';
export { renderResultCsv } from './result.js';
