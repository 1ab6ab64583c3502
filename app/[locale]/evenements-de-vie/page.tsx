// French URL of the life events page: a real route (not a rewrite), so it works however the server is deployed.
export { default, generateMetadata } from '../life-events/page';
