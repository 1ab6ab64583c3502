// French URL of a life event's page: a real route (not a rewrite), so it works however the server is deployed.
export { default, generateMetadata } from '../../life-events/[id]/page';
