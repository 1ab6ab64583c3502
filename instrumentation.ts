/**
 * Runs once when the server starts: keeps V8 from reserving a heap several times the live set under traffic
 * (lib/runtime/heap-growth.ts), lets `next start` compress route-handler answers (lib/api/compression.ts), and
 * begins opening (and migrating) the problem-reports database, so the first report does not wait for the embedded
 * engine to initialize its data directory.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ limitHeapGrowth }, { ServerResponse }, { storeContentTypeAsString }] = await Promise.all([
    import('./lib/runtime/heap-growth'),
    import('node:http'),
    import('./lib/api/compression'),
  ]);
  limitHeapGrowth();
  storeContentTypeAsString(ServerResponse.prototype);
  const { warmUpReports } = await import('./lib/reports/server');
  warmUpReports();
}
