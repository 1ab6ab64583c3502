import { describe, expect, it } from 'vitest';
import { processSlot } from './process-slot';

describe('processSlot', () => {
  it('hands every caller the same slot for a name, so a value set through one is seen through the others', () => {
    const first = processSlot<number[]>('test.shared');
    first.value = [1, 2];
    expect(processSlot<number[]>('test.shared').value).toBe(first.value);
  });

  it('keeps different names apart', () => {
    processSlot<string>('test.a').value = 'a';
    expect(processSlot<string>('test.b').value).toBeUndefined();
  });
});
