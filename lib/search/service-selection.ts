import type { LocationType } from '../model/schema';
import type { CatalogueService, LifeEvent } from '../model/catalogue';
import { isInventoryOnly } from '../catalogue/inventory-import';
import { haversineKm } from '../geo/distance';
import { entriesNaming, matchNeed, rankScore, type NeedMatch } from './need';
import type { SearchOutcome, SearchParams } from './outcome';
import type { ResolvedPlace } from './place';
import type { SearchIndex } from './search-index';

/** An organization without counters is answered with this many of its own programs and their channels. */
const ORGANIZATION_SERVICES = 4;
/** Life events that define who a program is for, rather than what is happening to a person. */
const GROUP_LIFE_EVENTS = new Set(['veterans-and-families']);
/** A city's own services (library card, recreation) are offered to people within this distance of it. */
const CITY_SERVICE_RADIUS_KM = 60;
/** At most this many services answer a need. */
const MAX_SERVICES = 12;

export interface RankedService {
  service: CatalogueService;
  relevance: number;
  /** 0: named directly; 1: a program of a matched life event (related); 2: an imported service the query only partly names */
  tier: number;
  /** 1 when the query holds a word of the service's names as written (the closer answer among related programs) */
  closer: number;
}

/** What the need names: services, kinds of place, organizations and life events, before any point is looked at. */
export interface ServiceSelection {
  matches: NeedMatch[];
  /** the life event filter (`event`), when it names a known one */
  lifeEvent: LifeEvent | undefined;
  /** the services that answer, best first, kept to those offered at the place */
  services: RankedService[];
  /** how many services the need selected before the place narrowed them: some and no `services` is "not offered here" */
  selectedCount: number;
  /** kinds of place the need names, with the relevance of the match */
  typeRelevance: Map<LocationType, number>;
  organizations: SearchOutcome['organizations'];
  lifeEvents: SearchOutcome['lifeEvents'];
  replaced: SearchOutcome['replaced'];
}

type SelectionParams = Pick<SearchParams, 'q' | 'lifeEvent' | 'serviceId' | 'order' | 'type'>;

/** The services, kinds of place and organizations a need names, narrowed to what is offered at the place (`origin`). */
export function selectServices(index: SearchIndex, params: SelectionParams, origin: ResolvedPlace | null): ServiceSelection {
  const lifeEvent = params.lifeEvent ? index.lifeEventsById.get(params.lifeEvent) : undefined;
  const matches = params.q ? matchNeed(params.q, index.need, 16) : [];

  // Services selected by the need: direct matches first, then the services of a matched life event (related).
  const direct = new Map<string, number>();
  const related = new Map<string, number>();
  const consider = (id: string, relevance: number, how: 'direct' | 'related' = 'direct') => {
    const map = how === 'direct' ? direct : related;
    if ((map.get(id) ?? 0) < relevance) map.set(id, relevance);
  };
  const typeRelevance = new Map<LocationType, number>();
  const matchedEvents = new Set(matches.filter((m) => m.kind === 'life-event').map((m) => m.id));
  const organizations: SearchOutcome['organizations'] = [];
  for (const match of matches) {
    if (match.kind === 'service') consider(match.id, match.relevance);
    else if (match.kind === 'life-event') {
      for (const service of index.servicesById.values()) {
        if (!service.lifeEventIds.includes(match.id)) continue;
        // Programs for one group (veterans) answer a general need ("lost my job") after the programs for everyone.
        const forAnotherGroup = service.lifeEventIds.some((id) => GROUP_LIFE_EVENTS.has(id) && !matchedEvents.has(id));
        consider(service.id, match.relevance * (forAnotherGroup ? 0.6 : 0.8), 'related');
      }
    } else if (match.kind === 'organization') {
      const org = index.organizationsById.get(match.id)!;
      organizations.push({ ...org, relevance: match.relevance, pointCount: index.pointsByOrganization.get(org.id)?.length ?? 0 });
    } else typeRelevance.set(match.id as LocationType, match.relevance);
  }
  // An organization named without counters of its own (CRA, Services Québec): its own programs and their channels answer.
  for (const org of organizations) {
    if (org.pointCount > 0) continue;
    const own = [...index.servicesById.values()]
      .filter((service) => service.organizationId === org.id && !isInventoryOnly(service))
      .sort((a, b) => b.lifeEventIds.length - a.lifeEventIds.length || a.name.en.localeCompare(b.name.en))
      .slice(0, ORGANIZATION_SERVICES);
    for (const service of own) consider(service.id, org.relevance * 0.9);
  }
  // "CRA office", "bureau de Service Canada": once an organization is named, "office" says what of it, not another need.
  if (organizations.length > 0 && !params.type) typeRelevance.clear();
  if (!params.q && lifeEvent)
    for (const service of index.servicesById.values()) if (service.lifeEventIds.includes(lifeEvent.id)) consider(service.id, 1);
  if (params.serviceId) {
    direct.clear();
    related.clear();
    typeRelevance.clear();
    organizations.length = 0;
    if (index.servicesById.has(params.serviceId)) consider(params.serviceId, 1);
  }
  const serviceRelevance = new Map<string, number>(related);
  for (const [id, relevance] of direct) if ((serviceRelevance.get(id) ?? 0) < relevance) serviceRelevance.set(id, relevance);

  // Provincial rules: once the place is known, a federal service that its residents get from their own province (CPP
  // and EI parental in Quebec, Canada Student Loans in Quebec and the NWT) gives way to that province's program.
  // A service chosen explicitly (a service page's "nearest places") is kept as asked.
  const replaced: SearchOutcome['replaced'] = [];
  const province = origin?.province;
  if (province && !params.serviceId) {
    for (const [id, relevance] of [...serviceRelevance]) {
      const rule = index.servicesById.get(id)!.notAvailableIn.find((candidate) => candidate.provinces.includes(province as never));
      if (!rule) continue;
      serviceRelevance.delete(id);
      replaced.push({ serviceId: id, replacedBy: rule.replacedBy });
      const how = direct.has(id) ? 'direct' : 'related';
      for (const replacementId of rule.replacedBy) {
        if (!index.servicesById.has(replacementId)) continue;
        if ((serviceRelevance.get(replacementId) ?? 0) < relevance) serviceRelevance.set(replacementId, relevance);
        if (how === 'direct') consider(replacementId, relevance);
      }
    }
  }

  // Direct matches before related ones: a curated service the query names (or an imported one it names exactly), then
  // the programs of a matched life event, then imported services the query only partly names ("pension": the pension
  // programs, then the rest of "retiring", never the Canadian Dental Care Plan first).
  const tierOf = (service: CatalogueService, relevance: number): number => {
    if (!direct.has(service.id)) return 1;
    return isInventoryOnly(service) && relevance < 1 ? 2 : 0;
  };
  const naming = related.size > 0 && params.q ? entriesNaming(params.q, index.need) : new Set<string>();
  const selected = [...serviceRelevance]
    .map(([id, relevance]) => ({ service: index.servicesById.get(id)!, relevance }))
    .filter(({ service }) => !lifeEvent || service.lifeEventIds.includes(lifeEvent.id))
    .filter(({ service }) => !params.order || service.order === params.order);
  const services = selected
    // A BC program is no answer for someone in Ontario, nor a Toronto one for someone in Ottawa: once the place is
    // known, keep federal services and those of its own province and city.
    .filter(
      ({ service }) =>
        !origin?.province || !index.serviceProvinces.has(service.id) || index.serviceProvinces.get(service.id)!.has(origin.province),
    )
    .filter(({ service }) => {
      const city = index.serviceCities.get(service.id);
      return !origin || !city || haversineKm(origin.lat, origin.lon, city.lat, city.lon) <= CITY_SERVICE_RADIUS_KM;
    })
    .map((entry) => ({ ...entry, tier: tierOf(entry.service, entry.relevance), closer: naming.has(entry.service.id) ? 1 : 0 }))
    // Services known only from the GC Service Inventory rank after curated ones for equal or near-equal matches
    // (rankScore); equal matches: curated first, then the service that serves more life events is the more general
    // answer (Job Bank before a veterans-only program for "lost my job").
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier === 1 ? b.closer - a.closer : 0) ||
        // among those, the program proper to the event (the death benefit) before one serving many events
        (a.tier === 1 && a.closer === 1 && b.closer === 1 ? a.service.lifeEventIds.length - b.service.lifeEventIds.length : 0) ||
        rankScore(b.relevance, isInventoryOnly(b.service)) - rankScore(a.relevance, isInventoryOnly(a.service)) ||
        Number(isInventoryOnly(a.service)) - Number(isInventoryOnly(b.service)) ||
        b.service.lifeEventIds.length - a.service.lifeEventIds.length ||
        a.service.name.en.localeCompare(b.service.name.en),
    )
    .slice(0, MAX_SERVICES);

  const lifeEvents = matches.filter((match) => match.kind === 'life-event').map((match) => ({ id: match.id, relevance: match.relevance }));
  if (lifeEvent && !lifeEvents.some((event) => event.id === lifeEvent.id)) lifeEvents.unshift({ id: lifeEvent.id, relevance: 1 });

  return { matches, lifeEvent, services, selectedCount: selected.length, typeRelevance, organizations, lifeEvents, replaced };
}

/** Matched services of the province that have counters but no point in the snapshot within that province. */
export function officeGapsIn(
  index: Pick<SearchIndex, 'points' | 'pointsByService'>,
  services: readonly CatalogueService[],
  province: string | undefined,
): SearchOutcome['officeGaps'] {
  if (!province) return null;
  const serviceIds = services
    .filter((service) => service.order !== 'federal' && service.jurisdiction === province)
    .filter((service) => service.channels.offices !== undefined || service.channels.inPerson !== undefined)
    .filter((service) => ![...(index.pointsByService.get(service.id) ?? [])].some((i) => index.points[i]!.address.province === province))
    .map((service) => service.id);
  return serviceIds.length > 0 ? { province, serviceIds } : null;
}
