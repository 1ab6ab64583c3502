/**
 * The floor does nothing at start. This file must exist: without it, `next build` here picked up Guichet's own
 * instrumentation.ts from the repository root (and with it the problem-reports database warm-up, ~200 MB), so the
 * floor's start time and memory were not a bare app's.
 */
export function register() {}
