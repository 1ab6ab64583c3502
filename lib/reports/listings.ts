import 'server-only';
import { getSnapshot } from '@/lib/data/server';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { pickText } from '@/lib/i18n-text';
import type { ListingKind } from './validation';

/** Reports on catalogue services go to Guichet's own catalogue, which its maintainers correct. */
export const CATALOGUE_SOURCE_ID = 'guichet-catalogue';

export interface ListingTarget {
  kind: ListingKind;
  id: string;
  /** the source and record a report is routed to (the listing's own provenance, never taken from the form) */
  sourceId: string;
  recordId: string;
  name: { en: string; fr: string };
  paths: { en: string; fr: string };
  /** the listing's data date, when the listing carries one */
  sourceDate?: string;
}

const ID = /^[a-z0-9-]{1,120}$/;

export function findListing(kind: ListingKind, id: string): ListingTarget | undefined {
  if (!ID.test(id)) return undefined;
  if (kind === 'location') {
    const point = getSnapshot().pointBySlug.get(id);
    const primary = point?.provenance[0];
    if (point === undefined || primary === undefined) return undefined;
    return {
      kind,
      id: point.slug,
      sourceId: primary.sourceId,
      recordId: primary.recordId,
      name: { en: pickText(point.name, 'en'), fr: pickText(point.name, 'fr') },
      paths: { en: `/en/locations/${point.slug}`, fr: `/fr/lieux/${point.slug}` },
      sourceDate: primary.sourceDate,
    };
  }
  const service = getCatalogue().serviceById.get(id);
  if (service === undefined) return undefined;
  return {
    kind,
    id: service.id,
    sourceId: CATALOGUE_SOURCE_ID,
    recordId: service.id,
    name: { en: service.name.en, fr: service.name.fr },
    paths: { en: `/en/services/${service.id}`, fr: `/fr/services/${service.id}` },
  };
}

/** The report form's address for a listing, in one language. */
export function reportFormPath(kind: ListingKind, id: string, locale: 'en' | 'fr'): string {
  if (kind === 'location') return locale === 'fr' ? `/fr/lieux/${id}/signaler` : `/en/locations/${id}/report`;
  return locale === 'fr' ? `/fr/services/${id}/signaler` : `/en/services/${id}/report`;
}

export function confirmationPath(kind: ListingKind, id: string, locale: 'en' | 'fr'): string {
  return `${locale === 'fr' ? '/fr/signalement-recu' : '/en/report-received'}?${new URLSearchParams({ kind, id })}`;
}

/** A source's title in one language, for the steward view and the figures (the catalogue is Guichet's own). */
export function sourceTitle(sourceId: string, locale: 'en' | 'fr'): string {
  if (sourceId === CATALOGUE_SOURCE_ID) return locale === 'fr' ? 'Catalogue des services de Guichet' : 'Guichet service catalogue';
  const source = getSnapshot().snapshot.sources.find((s) => s.sourceId === sourceId);
  return source ? pickText(source.title, locale) : sourceId;
}

export function knownSourceIds(): string[] {
  return [...getSnapshot().snapshot.sources.map((s) => s.sourceId), CATALOGUE_SOURCE_ID];
}
