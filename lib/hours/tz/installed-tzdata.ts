import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileCanadaZones, type CanadaZonesFile, type TzdataJson } from './compile';

export const TZ_RANGE = { fromYear: 2020, toYear: 2040 } as const;

/** Build-time only (reads node_modules): what data/tz/canada-zones.json must contain. */
export function canadaZonesFromInstalledTzdata(): CanadaZonesFile {
  const require = createRequire(import.meta.url);
  const packageJson = JSON.parse(readFileSync(require.resolve('tzdata/package.json'), 'utf8')) as { version: string };
  const tzdata = JSON.parse(readFileSync(require.resolve('tzdata'), 'utf8')) as TzdataJson;
  return compileCanadaZones(
    tzdata,
    TZ_RANGE.fromYear,
    TZ_RANGE.toYear,
    `lib/hours/tz/build-transitions.ts from tzdata@${packageJson.version}`,
  );
}
