// French URL of the report form of a service point: a real route (not a rewrite).
export { default, generateMetadata } from '../../../locations/[slug]/report/page';
