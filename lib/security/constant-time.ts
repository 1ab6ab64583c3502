import { createHash, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two strings of any length (both are hashed first, so lengths leak nothing). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right);
}
