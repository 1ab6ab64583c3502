/** Regenerates holiday-definitions.json from the Canada Holidays API SQL dump. Run: npx tsx lib/hours/holidays/build-holidays.ts */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { holidayDefinitionsFromSource } from './installed-source';

const outputPath = fileURLToPath(new URL('./holiday-definitions.json', import.meta.url));
writeFileSync(outputPath, `${JSON.stringify(holidayDefinitionsFromSource(), null, 1)}\n`);
console.log(`wrote ${outputPath}`);
