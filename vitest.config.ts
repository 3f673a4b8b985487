import { defineConfig } from 'vitest/config';
// @ts-expect-error plain JavaScript build helper
import { viteYaml } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYaml],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
