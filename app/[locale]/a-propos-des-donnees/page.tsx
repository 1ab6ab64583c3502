// French URL of the about-the-data page: a real route (not a rewrite), so it works however the server is deployed.
export { default, generateMetadata } from '../about-the-data/page';
