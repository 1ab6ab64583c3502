// French URL /fr/donnees-ouvertes: the same page as /en/open-data (a real route folder, not a rewrite).
export { default, generateMetadata } from '../open-data/page';
