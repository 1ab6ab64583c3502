/**
 * The floor for `npm run bench:web`: a bare Next.js app (same next, react and react-dom as Guichet, from the project's
 * node_modules), one static page and one dynamic page, built and served the same way (`next build`, `next start`).
 */
/** @type {import('next').NextConfig} */
const nextConfig = { reactStrictMode: true, poweredByHeader: false };

export default nextConfig;
