// French URL /fr/donnees-ouvertes/verifier: the same page as /en/open-data/check (a real route folder, not a rewrite).
export { default, generateMetadata } from '../../open-data/check/page';
