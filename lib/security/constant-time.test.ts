import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from './constant-time';

describe('constantTimeEqual', () => {
  it('is true only for the same string, whatever the lengths', () => {
    expect(constantTimeEqual('secret-value', 'secret-value')).toBe(true);
    expect(constantTimeEqual('secret-value', 'secret-valuE')).toBe(false);
    expect(constantTimeEqual('secret-value', 'secret-value-longer')).toBe(false);
    expect(constantTimeEqual('', 'x')).toBe(false);
  });
});
