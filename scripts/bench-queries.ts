import type { Locale } from '../lib/model/schema';

export interface BenchQuery {
  q: string;
  near?: string;
  lang: Locale;
}

/** 50 fixed searches: English, French, typos, abbreviations, plain phrases, with and without a place. */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  // English, with a place
  { q: 'passport', near: 'K1A 0B1', lang: 'en' },
  { q: 'employment insurance', near: 'Toronto', lang: 'en' },
  { q: 'health card', near: 'Toronto', lang: 'en' },
  { q: "driver's licence", near: 'M5V 3L9', lang: 'en' },
  { q: 'library card', near: 'M6G', lang: 'en' },
  { q: 'social insurance number', near: 'Vancouver', lang: 'en' },
  { q: 'old age pension', near: 'Charlottetown', lang: 'en' },
  { q: 'maternity leave', near: 'Edmonton', lang: 'en' },
  { q: 'biometrics', near: 'Mississauga', lang: 'en' },
  { q: 'shelter', near: 'Toronto', lang: 'en' },
  { q: 'newcomer services', near: 'Toronto', lang: 'en' },
  { q: 'urgent passport', near: 'Calgary', lang: 'en' },
  // French, with a place
  { q: 'passeport', near: 'Montréal', lang: 'fr' },
  { q: 'assurance emploi', near: 'Trois-Rivières', lang: 'fr' },
  { q: 'carte santé', near: 'Ottawa', lang: 'fr' },
  { q: 'permis de conduire', near: 'Toronto', lang: 'fr' },
  { q: 'carte de bibliothèque', near: 'Toronto', lang: 'fr' },
  { q: 'congé de maternité', near: 'Saguenay', lang: 'fr' },
  { q: 'empreintes digitales', near: 'Laval', lang: 'fr' },
  { q: 'pension de vieillesse', near: 'Sherbrooke', lang: 'fr' },
  // typos
  { q: 'pasport', near: 'k1a0b1', lang: 'en' },
  { q: 'asurance emploi', near: 'Montreal', lang: 'fr' },
  { q: 'retrait', near: 'Trois-Rivieres', lang: 'fr' },
  { q: 'employment insurence', near: "St. John's", lang: 'en' },
  { q: 'chomage', near: 'Rimouski', lang: 'fr' },
  { q: 'bilometrics', near: 'Winnipeg', lang: 'en' },
  { q: 'licence de conduir', near: 'Ottawa', lang: 'fr' },
  { q: 'citizenshp', near: 'Halifax', lang: 'en' },
  // abbreviations
  { q: 'EI', near: 'M5V', lang: 'en' },
  { q: 'AE', near: 'H2X 1Y4', lang: 'fr' },
  { q: 'SIN', near: 'Vancouver', lang: 'en' },
  { q: 'NAS', near: 'Québec', lang: 'fr' },
  { q: 'CPP', near: 'Winnipeg', lang: 'en' },
  { q: 'RPC', near: 'Gatineau', lang: 'fr' },
  { q: 'OAS', near: 'Halifax', lang: 'en' },
  { q: 'SRG', near: 'Moncton', lang: 'fr' },
  { q: 'OHIP', near: 'Toronto', lang: 'en' },
  { q: 'CCB', near: 'Calgary', lang: 'en' },
  // plain phrases
  { q: 'lost my job', near: 'Hamilton', lang: 'en' },
  { q: 'perdu mon emploi', near: 'Trois-Rivières', lang: 'fr' },
  { q: 'nouveau bébé', near: 'Ottawa', lang: 'fr' },
  { q: "I'm retiring", near: 'Halifax', lang: 'en' },
  { q: 'someone died', near: 'Regina', lang: 'en' },
  { q: 'je déménage', near: 'Sudbury', lang: 'fr' },
  // without a place
  { q: 'passport', lang: 'en' },
  { q: 'assurance-emploi', lang: 'fr' },
  { q: 'GIS', lang: 'en' },
  { q: 'new baby', lang: 'en' },
  { q: 'ServiceOntario', lang: 'en' },
  { q: 'immigration', lang: 'fr' },
];
