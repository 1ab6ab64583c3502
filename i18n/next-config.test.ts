import { describe, expect, it } from 'vitest';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants.js';

type Config = { turbopack?: { resolveAlias?: Record<string, string> }; webpack?: unknown };
// Imported by URL: the config is plain JavaScript, without types for the checker.
const configFor = async (phase: string): Promise<Config> => {
  const { default: config } = (await import(new URL('../next.config.mjs', import.meta.url).href)) as {
    default: (phase: string) => Promise<Config>;
  };
  return config(phase);
};

describe('next.config.mjs', () => {
  it.each([PHASE_PRODUCTION_BUILD, PHASE_DEVELOPMENT_SERVER])(
    'gives the bundler next-intl’s request config and precompiled messages (%s)',
    async (phase) => {
      const aliases = (await configFor(phase)).turbopack?.resolveAlias ?? {};
      expect(aliases['next-intl/config']).toBe('./i18n/request.ts');
      expect(aliases['use-intl/format-message']).toMatch(/use-intl\/dist\/.*format-only/);
    },
  );

  it('serves `next start` with the same settings, without the bundler’s', async () => {
    const server = await configFor(PHASE_PRODUCTION_SERVER);
    const build = await configFor(PHASE_PRODUCTION_BUILD);
    expect(server.turbopack).toBeUndefined();
    expect(server.webpack).toBeUndefined();
    const { turbopack: _turbopack, webpack: _webpack, ...buildWithoutBundler } = build;
    expect(server).toEqual(buildWithoutBundler);
  });
});
