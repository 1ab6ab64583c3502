/** Regenerates data/tz/canada-zones.json from the installed tzdata package. Run: npx tsx lib/hours/tz/build-transitions.ts */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canadaZonesFromInstalledTzdata } from './installed-tzdata';

const outputPath = fileURLToPath(new URL('../../../data/tz/canada-zones.json', import.meta.url));
writeFileSync(outputPath, `${JSON.stringify(canadaZonesFromInstalledTzdata(), null, 1)}\n`);
console.log(`wrote ${outputPath}`);
