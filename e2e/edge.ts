/**
 * The edge secret of the browser tests: the server on E2E_PORT + 1 has it (playwright.config.ts), and
 * e2e/edge-cache.spec.ts puts Debian's nginx with it in front of that server. The other specs never send it, so that
 * server answers them exactly as `next start` alone does.
 */
export const E2E_EDGE_SECRET = 'e2e-edge-secret-0123456789abcdef0123456789';
