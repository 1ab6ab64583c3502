/**
 * Caps how far V8 grows the old generation after each full garbage collection (installed once at server start,
 * instrumentation.ts).
 *
 * Why: under steady traffic a page render allocates a few MB of short-lived objects, and with several requests in
 * flight many of them outlive two scavenges and are promoted. V8 then sizes the old generation from its allocation
 * rate with a factor of up to 4: measured on a results/location/API mix, the heap grew to ~380 MB while ~110 MB of it
 * was live (a full collection brings it back to 108 MB), and the process's memory doubled after 1,000 requests.
 * A fixed factor of 1.5 keeps the heap at ~190 MB for the same traffic (RSS 347 → 498 MB instead of 358 → 728 MB)
 * with the same requests per second: marking runs concurrently, and a smaller heap has less to sweep.
 *
 * It is a V8 flag that NODE_OPTIONS does not accept, and `next start` takes no node flags, hence setting it at run
 * time; V8 reads it each time it computes the next heap limit, so it applies from the first full collection on.
 * It is not a ceiling: the limit still follows the live set (100,000 records need a larger heap and get one).
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(flags: { setFlagsFromString(flag: string): void } = v8): void {
  flags.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
