import type { GovernmentOrder, Locale, LocationType, ServicePoint } from '../model/schema';
import type { CatalogueService } from '../model/catalogue';
import type { NeedMatch } from './need';
import type { PlaceResolution, ResolvedPlace } from './place';
import type { SearchOrganization } from './search-index';

/** What a search asks: a need, a place, filters and a page. */
export interface SearchParams {
  q: string;
  near?: string;
  lat?: number;
  lon?: number;
  lang: Locale;
  lifeEvent?: string;
  /** one catalogue service, chosen already (a service page's "nearest places") */
  serviceId?: string;
  order?: GovernmentOrder;
  type?: LocationType;
  openNow?: boolean;
  /** official language of service */
  serviceLanguage?: Locale;
  withinKm?: number;
  limit: number;
  offset: number;
  /**
   * Also give the first this many of the whole list, whatever page is asked (`SearchOutcome.overview`): the results
   * map shows the nearest points beyond the page, from the same run.
   */
  overviewLimit?: number;
  at: Date;
}

/** A point found, before presentation: its open status and texts are worked out only for the points a page shows. */
export interface LocatedResult {
  point: ServicePoint;
  distanceKm: number | null;
  relevance: number;
  /** matched catalogue services delivered here */
  serviceIds: string[];
}

/** Points of one kind and one order of government near a place given alone. */
export interface NearbyGroup {
  order: GovernmentOrder;
  type: LocationType;
  /** points of this group within the nearby radius */
  total: number;
  nearestKm: number;
  /** the nearest few, nearest first */
  results: LocatedResult[];
}

/** Why the list is empty or partial, for the page and the API to explain. */
export type SearchNotice =
  | 'needs-place'
  | 'no-match'
  | 'no-results-nearby'
  | 'place-unknown'
  | 'place-ambiguous'
  | 'place-invalid'
  | 'needs-query'
  /** the matched services exist only in other provinces or cities */
  | 'not-offered-here'
  /** the matched services have no counter: their online and phone channels are the answer */
  | 'online-only'
  /** places match, but the asked page (offset) starts after the last of them */
  | 'past-end';

export interface SearchOutcome {
  matches: NeedMatch[];
  /** catalogue services the query (and life event) selected: direct matches first, then related ones */
  services: CatalogueService[];
  /** life events the query names ("my mom died" → death of a loved one), best first, for the page to link */
  lifeEvents: Array<{ id: string; relevance: number }>;
  /** organizations the query names ("Service Canada", "CRA"), with how many points Guichet lists for each */
  organizations: Array<SearchOrganization & { relevance: number; pointCount: number }>;
  /** a place given without a need: what is near, grouped by order of government and kind of place */
  nearby: NearbyGroup[] | null;
  place: PlaceResolution | null;
  origin: ResolvedPlace | null;
  /** the page asked for (`offset`, `limit`) */
  results: LocatedResult[];
  /** the first `overviewLimit` of the whole list, when asked for; empty otherwise */
  overview: LocatedResult[];
  total: number;
  /**
   * Matched services of the person's own province or territory that are served at counters Guichet does not list
   * there: the page says so plainly and links that government's office finder (`officeGaps.province`).
   */
  officeGaps: { province: string; serviceIds: string[] } | null;
  /** federal services left out because residents of the place's province get them from their own government */
  replaced: Array<{ serviceId: string; replacedBy: string[] }>;
  notice?: SearchNotice;
}
