import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';

const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next preloads every route's server code when it starts, while the first request is being served: measured here,
  // start to first 200 took ~2.6 s with it and ~1.8 s without (the bare app: ~1.6 s). A route's code now loads on
  // its first request instead (~0.1 s, once per route and instance).
  experimental: { preloadEntriesOnStart: false },
  // The embedded PostgreSQL (problem reports) loads its WASM and data files from its own package directory.
  serverExternalPackages: ['@electric-sql/pglite'],
  // The proxy redirects /en/ to /en itself, so the redirect carries the security headers like every other response.
  skipTrailingSlashRedirect: true,
  // The snapshot is read at run time; keep it out of the bundle.
  outputFileTracingIncludes: { '/**': ['./data/build/**'] },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Hashed assets and other static files get a strict policy too (the proxy sets it on pages and the API).
      {
        source: '/_next/static/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

/**
 * next-intl's plugin only configures the bundler (the request-config alias and the loader that precompiles messages),
 * so `next start` runs with the plain config: importing the plugin loads its message extractor, with the native
 * @parcel/watcher and @swc/core bindings, which took a fifth of a second of every server start.
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import('next-intl/plugin');
  // Messages are precompiled at build (icu-minify): a page formats them without parsing ICU or building an
  // IntlMessageFormat per message and request, which was about a tenth of a results page's server time.
  const withNextIntl = createNextIntlPlugin({
    requestConfig: './i18n/request.ts',
    experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
  });
  return withNextIntl(nextConfig);
}
