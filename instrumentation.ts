/**
 * Runs once when the server starts: begins opening (and migrating) the problem-reports database, so the first
 * report does not wait for the embedded engine to initialize its data directory.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmUpReports } = await import('./lib/reports/server');
  warmUpReports();
}
