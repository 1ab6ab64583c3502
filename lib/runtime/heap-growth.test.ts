import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from './heap-growth';

const MODULE = fileURLToPath(new URL('./heap-growth.ts', import.meta.url));

/**
 * A server's pattern in miniature: a live set that stays (the snapshot), and batches of objects that outlive a few
 * scavenges before they die (renders in flight), so they are promoted. Prints the largest heap V8 reserved.
 * Both runs start with V8's largest growing factor fixed (4, --heap-growing-percent=300): left to itself, V8 picks a
 * factor from the allocation rate, which a busy machine lowers (measured: 214 MB instead of 384 MB under CI's load),
 * so the comparison would depend on the load rather than on limitHeapGrowth.
 */
function peakHeapMb(limited: boolean): number {
  const script = `
    ${limited ? `const { limitHeapGrowth } = await import(${JSON.stringify(MODULE)}); limitHeapGrowth();` : ''}
    const live = []; for (let i = 0; i < 300000; i++) live.push({ i, s: 'x'.repeat(20) + i });
    const inFlight = []; let peak = 0;
    for (let round = 0; round < 1500; round++) {
      const batch = []; for (let j = 0; j < 2000; j++) batch.push({ j, a: [round, j], s: 'y' + j });
      inFlight.push(batch); if (inFlight.length > 30) inFlight.shift();
      if (round % 25 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(Math.round(peak / 1e6), live.length);`;
  const out = execFileSync(process.execPath, ['--heap-growing-percent=300', '--import', 'tsx', '--input-type=module', '--eval', script], {
    encoding: 'utf8',
  });
  return Number(out.trim().split(' ')[0]);
}

describe('limitHeapGrowth', () => {
  it('sets the growing factor V8 uses after each full collection', () => {
    const flags: string[] = [];
    limitHeapGrowth({ setFlagsFromString: (flag) => flags.push(flag) });
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  it('keeps the heap of a process with promoted garbage well below what V8 reserves at its largest factor', () => {
    const unlimited = peakHeapMb(false);
    const limited = peakHeapMb(true);
    expect(limited).toBeLessThan(unlimited * 0.75);
  }, 60_000);
});
