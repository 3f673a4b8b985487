// npm run lint (and so npm test and CI): ESLint with typescript-eslint's recommended rules, on the sources, the tests and
// the scripts. Formatting is left as it is (no formatter runs over the tree).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.tmp-*/', 'node_modules/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The tool matches control characters on purpose: it removes them from what it prints and defuses them in files.
      'no-control-regex': 'off',
      // `_` names a parameter or a binding kept for its place (a catalog entry's formatter, a tuple's first element).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // (two `let`s in src/room/ and src/commands/room/, which the room's rewrite owns)
      'prefer-const': 'warn',
    },
    languageOptions: { globals: { PerformanceObserver: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', fetch: 'readonly', performance: 'readonly', globalThis: 'readonly' } },
  },
  {
    // Tests build hostile and partial documents on purpose, and spell out the spaces of aligned columns.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-regex-spaces': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
