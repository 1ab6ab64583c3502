import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'bench/bare-app/.next/**',
    'node_modules/**',
    'data/*',
    '!data/catalogue/',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      // Feed text must never become markup.
      'react/no-danger': 'error',
      // A Pages Router rule: this App Router site links pages through next-intl and plain links on purpose.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Layers point one way: ingest builds the snapshot and nothing that serves it imports ingest; lib/ is plain
    // TypeScript that knows nothing of pages, components or UI messages; components never reach into app/.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/ingest/**', 'lib/**/*.test.ts', 'lib/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ingest', '**/ingest/**', '@/lib/ingest', '@/lib/ingest/**'],
              message:
                'Only lib/ingest (and the scripts that build the snapshot) may import lib/ingest: read the snapshot through lib/data instead.',
            },
            {
              group: ['@/app/**', '**/app/**', '@/components/**', '**/components/**'],
              message: 'lib/ is plain TypeScript: it never imports pages or components.',
            },
            {
              group: ['**/messages/*.json', '@/messages/**'],
              message: 'lib/ reads no UI message file: words it needs are data (data/ or lib/model).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/**', '**/app/**'], message: 'Components never import app/: move what they need to lib/ or i18n/.' },
            {
              group: ['@/lib/ingest', '@/lib/ingest/**', '**/lib/ingest/**'],
              message: 'Components render view-models; they never import lib/ingest.',
            },
          ],
        },
      ],
    },
  },
  {
    // data/catalogue is data: it may use the catalogue's types (lib/model/catalogue.ts) but never runs catalogue code,
    // which reads it (imports from data files are built by scripts/import-catalogue.ts, not when data is loaded).
    files: ['data/catalogue/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/catalogue', '**/lib/catalogue/**', '@/lib/catalogue', '@/lib/catalogue/**'],
              message: 'data/catalogue is data: import the catalogue types from lib/model/catalogue, never lib/catalogue.',
            },
          ],
        },
      ],
    },
  },
]);
