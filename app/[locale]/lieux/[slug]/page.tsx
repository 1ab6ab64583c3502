// French URL of a service point's page: a real route (not a rewrite), so it works however the server is deployed.
export { default, generateMetadata } from '../../locations/[slug]/page';
