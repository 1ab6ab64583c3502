import type { Locale, Organization, ServicePoint } from '../model/schema';
import type { LoadedSnapshot } from '../data/snapshot';
import type { CatalogueService } from '../model/catalogue';
import { getCatalogue, getOfficeFinder, lifeEventSlug, type OfficeFinderView } from '../catalogue/catalogue';
import { pointStatusAt, zonedDateTime, type OpenStatus } from '../hours';
import { pickText, pickedLanguage } from '../i18n-text';
import type { LocatedResult, SearchOutcome } from './outcome';
import type { PlaceResolution, ResolvedPlace } from './place';
import { directionsLinks, distanceDisplay, type DirectionsLinks, type DistanceDisplay } from '../geo/directions';
import { timeZoneLabel } from '../display/time-zone';

/** Public paths of the detail pages, per language (kept in step with i18n/routing.ts by an e2e test). */
export function pointPath(point: Pick<ServicePoint, 'slug'>, lang: Locale): string {
  return lang === 'fr' ? `/fr/lieux/${point.slug}` : `/en/locations/${point.slug}`;
}
export function servicePath(serviceId: string, lang: Locale): string {
  return `/${lang}/services/${serviceId}`;
}
export function lifeEventPath(lifeEventId: string, lang: Locale): string {
  return lang === 'fr' ? `/fr/evenements-de-vie/${lifeEventSlug(lifeEventId, 'fr')}` : `/en/life-events/${lifeEventId}`;
}

export interface OrganizationRef {
  id: string;
  name: string;
  order: Organization['order'];
}

export interface ServiceChannelsView {
  id: string;
  name: string;
  order: CatalogueService['order'];
  online?: string;
  /** the language of the online page: the other one when the government publishes none in the page's */
  onlineLanguage?: Locale;
  phones: Array<{ number: string; label?: string; hours?: string }>;
  inPerson: boolean;
  path: string;
  /** a program for one group of people (veterans): grouped and collapsed unless the search is about them */
  audience: 'veterans' | null;
}

export interface LocatedResultView {
  id: string;
  slug: string;
  name: string;
  type: ServicePoint['type'];
  address: { lines: string[]; city: string; province: string; postalCode?: string };
  lat: number;
  lon: number;
  precision: ServicePoint['coordinates']['precision'];
  approximate: boolean;
  distanceKm: number | null;
  timeZone: string;
  /** "Eastern time", « heure de l’Est »: what a page shows instead of the zone id */
  timeZoneLabel: string;
  /** the distance as a card may show it: exact, approximate, or none when the placement error can exceed it */
  distance: DistanceDisplay;
  /** directions to the door: coordinates when exact, the street address otherwise; from the person's shared position */
  directions: DirectionsLinks;
  /** the point's first phone number, for "Call"; absent when the source gives none */
  phone?: string;
  /** the newest source date of the listing when it is more than a year old at the time of the search */
  dataDate?: string;
  host: OrganizationRef | null;
  providers: OrganizationRef[];
  /** matched catalogue services delivered here */
  services: Array<{ id: string; name: string }>;
  status: OpenStatus;
  /** the point's local date at the time of the search, to tell "opens today" from "opens Monday" */
  localDate: string;
  path: string;
}

function orgRef(loaded: LoadedSnapshot, id: string, lang: Locale): OrganizationRef | null {
  const org = loaded.organizationById.get(id);
  return org ? { id: org.id, name: pickText(org.name, lang), order: org.order } : null;
}

export function presentChannels(service: CatalogueService, lang: Locale): ServiceChannelsView {
  const online = service.channels.online?.url;
  return {
    id: service.id,
    name: service.name[lang],
    order: service.order,
    ...(online ? { online: pickText(online, lang), onlineLanguage: pickedLanguage(online, lang) } : {}),
    phones: service.channels.phones.map((phone) => ({ number: phone.number, label: phone.label?.[lang], hours: phone.hours?.[lang] })),
    inPerson: service.channels.inPerson !== undefined,
    path: servicePath(service.id, lang),
    audience: service.categories.includes('veterans') ? 'veterans' : null,
  };
}

export interface PresentOptions {
  /** the person's own position, when they shared it: the start of the directions */
  origin?: { lat: number; lon: number };
  /** the device's platform, for its default map app */
  platform?: 'apple' | 'android' | 'other';
}

/** A listing's data is worth dating on the page once its newest source is more than a year old. */
export function staleSince(sourceDates: readonly string[], at: Date): string | undefined {
  const newest = sourceDates
    .filter((date) => /^\d{4}-\d{2}(-\d{2})?/.test(date))
    .sort()
    .at(-1);
  if (!newest) return undefined;
  const yearAgo = new Date(at.getTime());
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  return newest.slice(0, 10) < yearAgo.toISOString().slice(0, 10) ? newest.slice(0, 10) : undefined;
}

export function presentResult(
  result: LocatedResult,
  loaded: LoadedSnapshot,
  services: Map<string, CatalogueService>,
  lang: Locale,
  at: Date,
  options: PresentOptions = {},
): LocatedResultView {
  const { point } = result;
  const dataDate = staleSince(
    point.provenance.map((p) => p.sourceDate),
    at,
  );
  const phone = point.phones[0]?.number;
  const records = loaded.servicesAtLocationByLocation.get(point.id) ?? [];
  const providerIds = [...new Set(records.map((r) => r.providerOrganizationId))];
  // The government accountable for the matched services is the provider shown (ESDC for EI, SIN and CPP at a Service
  // Canada centre), not every organization with some service at the site; the site's organization stays the host.
  const accountable = accountableProviders(result.serviceIds, services, lang);
  return {
    id: point.id,
    slug: point.slug,
    name: pickText(point.name, lang),
    type: point.type,
    address: {
      lines:
        (lang === 'fr' ? (point.address.lines.fr ?? point.address.lines.en) : (point.address.lines.en ?? point.address.lines.fr)) ?? [],
      city: pickText(point.address.city, lang),
      province: point.address.province,
      postalCode: point.address.postalCode,
    },
    lat: point.coordinates.lat,
    lon: point.coordinates.lon,
    precision: point.coordinates.precision,
    approximate: point.coordinates.precision !== 'exact',
    distanceKm: result.distanceKm,
    timeZone: point.timeZone,
    timeZoneLabel: timeZoneLabel(point.timeZone, lang),
    distance:
      result.distanceKm === null ? { show: 'none' } : distanceDisplay(Math.round(result.distanceKm * 10) / 10, point.coordinates.precision),
    directions: directionsLinks(
      { coordinates: point.coordinates, address: point.address, name: pickText(point.name, lang) },
      { locale: lang, ...(options.origin ? { origin: options.origin } : {}), ...(options.platform ? { platform: options.platform } : {}) },
    ),
    ...(phone ? { phone } : {}),
    ...(dataDate ? { dataDate } : {}),
    host: orgRef(loaded, point.hostOrganizationId, lang),
    providers:
      accountable.length > 0
        ? accountable
        : providerIds.map((id) => orgRef(loaded, id, lang)).filter((o): o is OrganizationRef => o !== null),
    services: result.serviceIds.map((id) => ({ id, name: services.get(id)?.name[lang] ?? id })),
    status: pointStatusAt(point, at),
    localDate: zonedDateTime(point.timeZone, at).date,
    path: pointPath(point, lang),
  };
}

/** A point on the results map: what the map draws and links to; the list beside it carries everything else. */
export interface MapPointView {
  id: string;
  lat: number;
  lon: number;
  /** the point's name in the page language */
  label: string;
  href: string;
  approximate: boolean;
}

/** The map's points, nearest first whatever order the list is in: no open status, address or services (the list has them). */
export function presentMapPoints(results: readonly LocatedResult[], lang: Locale): MapPointView[] {
  return [...results]
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
    .map(({ point }) => ({
      id: point.id,
      lat: point.coordinates.lat,
      lon: point.coordinates.lon,
      label: pickText(point.name, lang),
      href: pointPath(point, lang),
      approximate: point.coordinates.precision !== 'exact',
    }));
}

/** Catalogue organizations accountable for the given services, in order of first appearance. */
function accountableProviders(serviceIds: readonly string[], services: Map<string, CatalogueService>, lang: Locale): OrganizationRef[] {
  const { organizationById } = getCatalogue();
  const refs = new Map<string, OrganizationRef>();
  for (const id of serviceIds) {
    const organization = organizationById.get(services.get(id)?.organizationId ?? '');
    if (organization && !refs.has(organization.id))
      refs.set(organization.id, { id: organization.id, name: organization.name[lang], order: organization.order });
  }
  return [...refs.values()];
}

export interface OfficeGapView {
  /** the official finder of the province's or territory's own offices */
  finder: OfficeFinderView;
  /** the matched programs of that government whose counters Guichet does not list */
  services: Array<{ id: string; name: string; note?: string }>;
}

export interface ReplacedServiceView {
  id: string;
  name: string;
  /** why it is not offered in the place's province, in the page language */
  note: string;
  replacedBy: Array<{ id: string; name: string }>;
}

function presentOfficeGaps(outcome: SearchOutcome, services: Map<string, CatalogueService>, lang: Locale): OfficeGapView | null {
  if (!outcome.officeGaps) return null;
  const finder = getOfficeFinder(outcome.officeGaps.province, lang);
  if (!finder) return null;
  return {
    finder,
    services: outcome.officeGaps.serviceIds.flatMap((id) => {
      const service = services.get(id);
      if (!service) return [];
      const note = service.channels.offices?.note?.[lang];
      return [{ id, name: service.name[lang], ...(note === undefined ? {} : { note }) }];
    }),
  };
}

function presentReplaced(outcome: SearchOutcome, services: Map<string, CatalogueService>, lang: Locale): ReplacedServiceView[] {
  const province = outcome.origin?.province;
  return outcome.replaced.flatMap(({ serviceId, replacedBy }) => {
    const service = services.get(serviceId);
    const rule = service?.notAvailableIn.find((candidate) => province !== undefined && candidate.provinces.includes(province as never));
    if (!service || !rule) return [];
    return [
      {
        id: serviceId,
        name: service.name[lang],
        note: rule.note[lang],
        replacedBy: replacedBy.map((id) => ({ id, name: services.get(id)?.name[lang] ?? id })),
      },
    ];
  });
}

function presentPlace(place: ResolvedPlace) {
  return {
    label: place.label,
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
    province: place.province ?? null,
    understoodAs: place.kind,
    /** other places of the same name, offered beside the preselected larger one ("Victoria, BC — or Victoria, PE") */
    alternatives: (place.alternatives ?? []).map((alternative) => ({ label: alternative.label, province: alternative.province ?? null })),
  };
}

export function presentPlaceResolution(resolution: PlaceResolution | null) {
  if (!resolution) return null;
  switch (resolution.status) {
    case 'resolved':
      return { status: 'resolved' as const, ...presentPlace(resolution.place) };
    case 'ambiguous':
      // why there is a choice: same-name places, a rural postal area's communities, or sources disagreeing on a code
      return {
        status: 'ambiguous' as const,
        reason: resolution.reason ?? ('same-name' as const),
        choices: resolution.choices.map(presentPlace),
      };
    case 'unknown':
      return { status: 'unknown' as const, reason: resolution.reason };
    case 'invalid':
      return { status: 'invalid' as const, reason: resolution.reason };
  }
}

/** A search as a page or the API shows it: services and their channels, the page of points, notices and place. */
export function presentOutcome(
  outcome: SearchOutcome,
  loaded: LoadedSnapshot,
  services: Map<string, CatalogueService>,
  lang: Locale,
  at: Date,
  options: PresentOptions = {},
) {
  // A position the person shared is where their directions start.
  const origin =
    options.origin ?? (outcome.origin?.kind === 'coordinates' ? { lat: outcome.origin.lat, lon: outcome.origin.lon } : undefined);
  const resultOptions: PresentOptions = { ...options, ...(origin ? { origin } : {}) };
  return {
    notice: outcome.notice ?? null,
    place: presentPlaceResolution(outcome.place),
    services: outcome.services.map((service) => presentChannels(service, lang)),
    total: outcome.total,
    /** honest answer where Guichet holds no office data for the province's own program */
    officeGaps: presentOfficeGaps(outcome, services, lang),
    /** federal services not offered in the place's province, and what takes their place */
    replaced: presentReplaced(outcome, services, lang),
    results: outcome.results.map((result) => presentResult(result, loaded, services, lang, at, resultOptions)),
    /** life events the query names ("my mom died" → Death of a loved one), best first: the page links them */
    lifeEvents: outcome.lifeEvents.flatMap(({ id }) => {
      const lifeEvent = getCatalogue().lifeEventById.get(id);
      return lifeEvent ? [{ id, name: lifeEvent.name[lang], path: lifeEventPath(id, lang) }] : [];
    }),
    /** organizations the query names; `pointCount` 0: Guichet lists no counter of theirs (CRA has none; Services Québec's are not listed) */
    organizations: outcome.organizations.map((org) => ({
      id: org.id,
      name: pickText(org.name, lang),
      order: org.order,
      pointCount: org.pointCount,
    })),
    /** a place given without a need: what is near, by order of government and kind of place, nearest first in each */
    nearby:
      outcome.nearby?.map((group) => ({
        order: group.order,
        type: group.type,
        total: group.total,
        results: group.results.map((result) => presentResult(result, loaded, services, lang, at, resultOptions)),
      })) ?? null,
  };
}

export type SearchView = ReturnType<typeof presentOutcome>;
