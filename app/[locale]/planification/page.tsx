// French URL of the planning page: a real route (not a rewrite), so it works however the server is deployed.
export { default, generateMetadata } from '../planning/page';
