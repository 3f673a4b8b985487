// The French catalog: the same keys as en.ts, each with the same parameters (a missing or extra key does not compile).
// Write plain spaces before : ; ! ? % and inside « »: the formatter turns them into the right no-break spaces.
import type { Catalog } from './index.js';

export const fr: Catalog = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p) => `erreur interne, ce n’est pas de votre fait. Merci de la signaler avec ce qui suit :\n${p.detail}`,

  // ==== app & cli: end ====

  // ==== core (validation of instruments, matrices, answers; results; gates) ====

  // ==== core: end ====

  // ==== io (reading files, CSV, folders, writing) ====

  // ==== io: end ====

  // ==== team (aggregate, anonymity, workshop, compare) ====

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====

  // ==== render: end ====
};
