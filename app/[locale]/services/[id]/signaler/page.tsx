// French URL of the report form of a catalogue service: a real route (not a rewrite).
export { default, generateMetadata } from '../../../services/[id]/report/page';
