// French URL of the report confirmation: a real route (not a rewrite).
export { default, generateMetadata } from '../report-received/page';
