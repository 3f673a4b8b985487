// Every markdown renderer, one bundle in dist/: each is small, and each file fewer in the package is about 2.6 ms
// fewer of `npm install` (issue 14). The registry takes each renderer from here.
export { renderAggregateMarkdown } from './aggregate.js';
export { renderComparisonMarkdown } from './comparison.js';
export { renderMirrorComparisonMarkdown } from './mirror-comparison.js';
export { renderMirrorMarkdown } from './mirror.js';
export { renderQuestionnaireMarkdown } from './questionnaire.js';
export { renderResultMarkdown } from './result.js';
