import type { Locale } from '../model/schema';

/**
 * French renderings of the licence lines the sources state (lib/ingest adapters write them in English). Written by
 * hand from each source's own terms, not translated word by word; a line not listed here is summarized in French
 * rather than shown in English on a French page.
 */
const FRENCH: Record<string, string> = {
  'Government of Canada web content (canada.ca terms); compilation MIT':
    'Contenu Web du gouvernement du Canada (avis de Canada.ca); compilation sous licence MIT',
  'Government of Canada web content (canada.ca terms); not an open licence':
    'Contenu Web du gouvernement du Canada (avis de Canada.ca); ce n’est pas une licence ouverte',
  'No data licence stated (Government of Canada facts); compilation MIT':
    'Aucune licence indiquée pour les données (faits publiés par le gouvernement du Canada); compilation sous licence MIT',
  'Not stated for the data (repository Apache-2.0; likely Open Government Licence – British Columbia, unconfirmed)':
    'Non indiquée pour les données (dépôt sous licence Apache 2.0; probablement la Licence du gouvernement ouvert – Colombie-Britannique, non confirmé)',
  'Not stated (bcgov repository; Open Government Licence – British Columbia unconfirmed)':
    'Non indiquée (dépôt du gouvernement de la Colombie-Britannique; Licence du gouvernement ouvert – Colombie-Britannique non confirmée)',
  'None stated (reuse rights unconfirmed)': 'Aucune licence indiquée (droits de réutilisation non confirmés)',
  'Open Government Licence – Toronto': 'Licence du gouvernement ouvert – Toronto',
  'Open Government Licence – Toronto (branch information); hours: none stated':
    'Licence du gouvernement ouvert – Toronto (renseignements sur les succursales); heures : aucune licence indiquée',
  'Not stated (211 data terms; reuse rights unconfirmed)':
    'Non indiquée (conditions des données du 211; droits de réutilisation non confirmés)',
  'Open Government Licence – Vancouver': 'Licence du gouvernement ouvert – Vancouver',
  'MIT License, Copyright (c) 2018 Government of Canada (repository LICENSE)':
    'Licence MIT, droit d’auteur (c) 2018 gouvernement du Canada (fichier LICENSE du dépôt)',
  'Statistics Canada Open Licence': 'Licence ouverte de Statistique Canada',
  'Open Government Licence – Canada': 'Licence du gouvernement ouvert – Canada',
};

/** The licence line in the page's language: as stated in English, or its French rendering. */
export function licenceText(licence: string, locale: Locale): string {
  if (locale === 'en') return licence;
  const known = FRENCH[licence];
  if (known) return known;
  if (/^Not stated in the repository.*Ville de Québec/.test(licence)) {
    return 'Non indiquée dans le dépôt; la Ville de Québec publie ses données ouvertes sur Données Québec sous licence CC BY 4.0 (non confirmé)';
  }
  if (/Open Government Licence/i.test(licence)) return 'Licence du gouvernement ouvert (voir la source)';
  if (/^(Not stated|None stated|No data licence)/i.test(licence)) return 'Aucune licence indiquée par la source';
  return 'Conditions d’utilisation : voir la page de la source';
}
