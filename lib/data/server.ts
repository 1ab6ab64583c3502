import 'server-only';
import { loadSnapshot, type LoadedSnapshot } from './snapshot';

let cached: LoadedSnapshot | undefined;

/**
 * The current snapshot, loaded once per server process (pages and route handlers never read raw source files).
 * Set GUICHET_BUILD_DIR to read another build directory.
 */
export function getSnapshot(): LoadedSnapshot {
  cached ??= process.env.GUICHET_BUILD_DIR ? loadSnapshot(process.env.GUICHET_BUILD_DIR) : loadSnapshot();
  return cached;
}
