import type { SearchOutcome, SearchParams } from './outcome';
import { resolvePlace, splitNeedAndPlace, type PlaceResolution } from './place';
import type { SearchIndex } from './search-index';
import { officeGapsIn, selectServices } from './service-selection';
import { pointsByName } from './point-names';
import { nearbyGroups } from './nearby';
import { locatePoints } from './locate';

/**
 * A search: where from (the place, or a place typed in the need), what the need names (service-selection.ts), then the
 * points that answer, nearest first (locate.ts), or what is near a place given alone (nearby.ts); and why the list is
 * empty or partial (`notice`).
 */
export function search(index: SearchIndex, params: SearchParams): SearchOutcome {
  // One box: "passeport Trois-Rivières", "EI near Moncton", "bibliothèque H2X 1Y4" carry the place in the need.
  const oneBox =
    params.q && !params.near?.trim() && params.lat === undefined ? splitNeedAndPlace(params.q, index.places, params.lang) : undefined;
  if (oneBox) params = { ...params, q: oneBox.need, near: oneBox.place };
  // Where from: explicit coordinates (browser location, already rounded by the client) or a place to resolve.
  let place: PlaceResolution | null = null;
  if (params.lat !== undefined && params.lon !== undefined) place = resolvePlace(`${params.lat},${params.lon}`, index.places, params.lang);
  else if (params.near?.trim()) place = resolvePlace(params.near, index.places, params.lang);
  const origin = place?.status === 'resolved' ? place.place : null;

  const selection = selectServices(index, params, origin);
  const { matches, lifeEvent, services, typeRelevance, organizations } = selection;
  // A query that names a program or an organization outright is not looking for places whose names share its words
  // ("Services Québec" is not the "Quebec Service Canada Centre - Passport Services").
  const namedOutright = organizations.length > 0 || matches.some((match) => match.relevance >= 1 && match.kind !== 'location-type');
  const namedPoints = params.q && !lifeEvent && !params.serviceId && !namedOutright ? pointsByName(index, params.q) : null;

  const outcome = (partial: Partial<SearchOutcome>): SearchOutcome => ({
    matches,
    services: services.map((s) => s.service),
    lifeEvents: selection.lifeEvents,
    organizations,
    place,
    origin,
    results: [],
    overview: [],
    total: 0,
    nearby: null,
    officeGaps: officeGapsIn(
      index,
      services.map((s) => s.service),
      origin?.province,
    ),
    replaced: selection.replaced,
    ...partial,
  });

  // A place and no need ("Iqaluit", "X0A 0H0"): what is near, grouped by kind of place and order of government.
  if (!params.q && !lifeEvent && !params.type && !params.serviceId) {
    return outcome({ notice: 'needs-query', ...(origin ? { nearby: nearbyGroups(index, origin, params.order) } : {}) });
  }
  const nothingElse = typeRelevance.size === 0 && !namedPoints && !params.type && organizations.every((org) => org.pointCount === 0);
  if (services.length === 0 && nothingElse) return outcome({ notice: selection.selectedCount > 0 ? 'not-offered-here' : 'no-match' });
  if (place?.status === 'unknown') return outcome({ notice: 'place-unknown' });
  if (place?.status === 'ambiguous') return outcome({ notice: 'place-ambiguous' });
  if (place?.status === 'invalid') return outcome({ notice: 'place-invalid' });
  if (!origin) return outcome({ notice: 'needs-place' });

  const located = locatePoints(index, origin, params, { services, typeRelevance, organizations, namedPoints });
  // "Online only" only when no matched program has counters at all: programs served at offices Guichet does not list
  // (ODSP, ICBC, Access centres...) get the office finder instead.
  const onlineOnly =
    nothingElse &&
    services.every(
      ({ service }) =>
        !service.channels.inPerson && !service.channels.offices && (index.pointsByService.get(service.id)?.length ?? 0) === 0,
    );
  const notice = located.results.length > 0 ? undefined : located.total > 0 ? 'past-end' : onlineOnly ? 'online-only' : 'no-results-nearby';
  return outcome({ ...located, notice });
}
