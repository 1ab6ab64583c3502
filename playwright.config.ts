import { defineConfig, devices } from '@playwright/test';
import { E2E_EDGE_SECRET } from './e2e/edge';

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // generous: axe over long tables and first map loads take seconds on a busy 2-core machine
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // Always against a production build (npm test runs `next build` first): bound to every interface (the default),
  // and, for e2e/deployment.spec.ts, bound to 127.0.0.1 and to localhost as behind a reverse proxy. The one on
  // 127.0.0.1 also has an edge secret, for nginx in front of it in e2e/edge-cache.spec.ts.
  webServer: [
    {
      command: `GUICHET_STEWARD_TOKEN=e2e-steward-token-0123456789 GUICHET_REPORTS_PER_CLIENT_HOUR=100 GUICHET_DATA_DIR=$(mktemp -d /tmp/guichet-e2e-reports.XXXXXX) NEXT_TELEMETRY_DISABLED=1 npx next start -p ${port}`,
      url: `http://localhost:${port}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `GUICHET_EDGE_SECRET=${E2E_EDGE_SECRET} GUICHET_STEWARD_TOKEN=e2e-steward-token-0123456789 GUICHET_REPORTS_PER_CLIENT_HOUR=100 GUICHET_DATA_DIR=$(mktemp -d /tmp/guichet-e2e-reports.XXXXXX) NEXT_TELEMETRY_DISABLED=1 npx next start -H 127.0.0.1 -p ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `GUICHET_STEWARD_TOKEN=e2e-steward-token-0123456789 GUICHET_REPORTS_PER_CLIENT_HOUR=100 GUICHET_DATA_DIR=$(mktemp -d /tmp/guichet-e2e-reports.XXXXXX) NEXT_TELEMETRY_DISABLED=1 npx next start -H localhost -p ${port + 2}`,
      url: `http://localhost:${port + 2}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
