// Finds the system Chromium Playwright should drive; installs Debian's package when it can. Never downloads a browser.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`Using Chromium at ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian package "chromium" with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
  [
    'No Chromium browser found for the end-to-end tests.',
    'Install it with:   sudo apt-get install -y chromium',
    'or point to one:   CHROMIUM_PATH=/path/to/chromium npm test',
    '(Guichet never runs "playwright install".)',
  ].join('\n'),
);
process.exit(1);
