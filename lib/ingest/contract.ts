import type { GovernmentOrder, Localized, LocationType, Organization, Place, ProvinceCode, Reject, ServicePoint } from '../model/schema';
import type { RawHours } from '../model/schedule';
import type { DeclaredEncoding } from './encoding';

/** Facts about a source, read from data/sources/<id>/source.json (`sourceMeta` in source-meta.ts). */
export interface SourceMeta {
  id: string;
  title: Localized;
  publisher: string;
  order: GovernmentOrder;
  /** the licence's name as the source states it */
  licence: string;
  /** date the data describes, YYYY, YYYY-MM or YYYY-MM-DD */
  sourceDate: string;
  upstreamUrl?: string;
  /** folder under data/sources/ */
  dir: string;
  /** the files the adapter reads, with their declared encodings */
  files: SourceFile[];
  /** how much loss this source may show before it blocks the snapshot; defaults in build.ts (DEFAULT_GUARD) */
  guard?: SourceGuard;
}

export interface SourceFile {
  name: string;
  encoding: DeclaredEncoding;
}

/**
 * Loss a source may show before it blocks a new snapshot. Declared per source because some lose rows by design
 * (the census table lists every subdivision, most with no place of their own; ServiceOntario's locator lists
 * non-counter kiosks).
 */
export interface SourceGuard {
  /** largest share of rows read that may be rejected (0–1) */
  maxRejectedShare?: number;
  /** largest drop in rows kept (imported + merged) against the previous snapshot (0–1) */
  maxDrop?: number;
}

/** A service point as an adapter reads it, before geocoding, zone assignment and merge. */
export interface ServicePointDraft extends Omit<
  ServicePoint,
  'coordinates' | 'timeZone' | 'slug' | 'schedule' | 'sameSiteAs' | 'accessibility' | 'phones'
> {
  accessibility?: ServicePoint['accessibility'];
  phones?: ServicePoint['phones'];
  /** coordinates as given by the source, if any, with how the source placed them when it says */
  sourceCoordinates?: { lat: number; lon: number; placedBy?: 'address' | 'city' | 'postal' };
  hours: RawHours;
  /** services delivered here, by offered-service id, with their roles */
  offers: Array<{
    serviceId: string;
    providerOrganizationId: string;
    mode: 'in-person' | 'co-located' | 'outreach' | 'partner' | 'virtual';
    features?: string[];
  }>;
  /** an older record of the same point in another source, to be merged by this key (e.g. Service Canada office code) */
  mergeKey?: string;
}

/** Every adapter returns this. Every input row ends up in exactly one of points, places, enrich or rejects. */
export interface AdapterResult {
  meta: SourceMeta;
  organizations: Organization[];
  /** offered services this source introduces (id, name, provider) */
  services: Array<{ id: string; name: Localized; providerOrganizationId: string }>;
  points: ServicePointDraft[];
  places: Place[];
  /** rows that only add to a point from another source (same mergeKey): merged, not imported */
  enrich: Array<{
    mergeKey: string;
    line: number;
    fields: Partial<ServicePointDraft>;
    /** file of the row, relative to the sources dir (default: meta.dir/meta.files[0]) */
    file?: string;
    /** reject reason when no point has this mergeKey (default: "no current point with key …") */
    unmatchedReason?: string;
  }>;
  rejects: Reject[];
  /** rows read from the source files (data rows, not headers) */
  rowsRead: number;
  /**
   * rows that only add a population figure to places of other sources (census tables have no coordinates),
   * keyed `${province}:${matchKey(name)}`; merged when a place matches, rejected otherwise
   */
  placePopulation?: Array<{ key: string; line: number; population: number; name: string }>;
  /** problems in rows that were still imported (e.g. HTML reduced to plain text), with file:line and field */
  warnings?: Reject[];
  /** rows used only as reference data (e.g. province outlines for point-in-province checks); counted as merged */
  referenceRows?: number;
}

export type Adapter = (sourcesDir: string) => AdapterResult;

export type { LocationType, ProvinceCode, RawHours };
