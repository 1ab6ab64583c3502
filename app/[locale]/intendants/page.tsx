// French URL of the steward view: a real route (not a rewrite).
export { default, generateMetadata } from '../stewards/page';
