// Kept only for the renderers being moved to the registry (src/render/registry.ts); to be removed with them.
export { FORMATS, type Format } from './render/registry.js';
