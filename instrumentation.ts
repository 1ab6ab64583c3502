/**
 * Runs once when the server starts: lets `next start` compress route-handler answers (lib/api/compression.ts), and
 * begins opening (and migrating) the problem-reports database, so the first report does not wait for the embedded
 * engine to initialize its data directory.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ ServerResponse }, { storeContentTypeAsString }] = await Promise.all([import('node:http'), import('./lib/api/compression')]);
  storeContentTypeAsString(ServerResponse.prototype);
  const { warmUpReports } = await import('./lib/reports/server');
  warmUpReports();
}
