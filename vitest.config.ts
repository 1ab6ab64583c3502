import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['{lib,scripts,messages,i18n,app,components}/**/*.test.{ts,tsx}'],
    globalSetup: ['lib/testing/snapshot-setup.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
