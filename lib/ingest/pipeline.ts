import type {
  Coordinates,
  Organization,
  OfferedService,
  Place,
  Reject,
  ServiceAtLocation,
  ServicePoint,
  Snapshot,
  SourceReport,
} from '../model/schema';
import type { Schedule } from '../model/schedule';
import { scheduleFromSource, timeZoneFor } from '../hours';
import { buildLocalityIndex, lookupKeys } from '../geo/locality-index';
import { localitiesFromFsaNames } from '../geo/fsa-localities';
import { placePoint, type Geocoder } from '../geo/placement';
import { exactFromSameAddress } from '../geo/same-address';
import type { Adapter, AdapterResult, ServicePointDraft, SourceGuard } from './contract';
import { SourceFailure, rejectBuilder } from './errors';
import { sanitizeAdapterResult } from './sanitize';
import { linkSameSites } from './same-site';
import { provinceShapesFor } from './sources/geo-common';
import { slugPart } from '../text/fold';

export interface PipelineOptions {
  sourcesDir: string;
  adapters: Adapter[];
  /** YYYY-MM-DD: dated visits before it are dropped */
  today: string;
  builtAt: string;
}

export interface PipelineResult {
  snapshot: Snapshot;
  /** whole-source failures: the snapshot must not replace the previous one */
  failures: SourceFailure[];
  /** sources whose rows do not add up (read ≠ imported + merged + rejected) */
  accountingProblems: string[];
  /** each loaded source's declared loss thresholds, by source id */
  guards: Record<string, SourceGuard>;
}

interface SourceTally {
  imported: number;
  merged: number;
  pipelineRejects: Reject[];
}

function firstProvenanceLine(draft: ServicePointDraft): number {
  return draft.provenance[0]?.line ?? 0;
}

function rejectForDraft(draft: ServicePointDraft, field: string, reason: string): Reject {
  const provenance = draft.provenance[0];
  return rejectBuilder(provenance?.sourceId ?? 'unknown', provenance?.file ?? 'unknown')(
    firstProvenanceLine(draft),
    field,
    `${draft.id}: ${reason}`,
  );
}

/** Stable ascii slug: name (+ city when the name does not already say it) + short id. */
export function slugFor(point: Pick<ServicePoint, 'id' | 'name' | 'address'>): string {
  const name = slugPart(point.name.en ?? point.name.fr ?? '');
  const city = slugPart(point.address.city.en ?? point.address.city.fr ?? '');
  const shortId = slugPart(point.id.replace(/^[a-z]+-/, ''));
  const parts = [name, city && !name.includes(city) ? city : '', shortId].filter((p) => p !== '');
  return parts.join('-').replace(/-+/g, '-').slice(0, 90).replace(/-$/, '');
}

function mergeDraft(target: ServicePointDraft, fields: Partial<ServicePointDraft>): void {
  for (const [key, value] of Object.entries(fields) as Array<[keyof ServicePointDraft, unknown]>) {
    if (key === 'provenance') {
      target.provenance.push(...(value as ServicePointDraft['provenance']));
    } else if (target[key] === undefined && value !== undefined) {
      (target as unknown as Record<string, unknown>)[key] = value;
    }
  }
}

function countPrecision(points: ServicePoint[]): SourceReport['counts']['byPrecision'] {
  const counts = { exact: 0, 'postal-code': 0, locality: 0 };
  for (const p of points) counts[p.coordinates.precision] += 1;
  return counts;
}

function countHours(points: ServicePoint[]): SourceReport['counts']['hours'] {
  const counts = { structured: 0, textOnly: 0, none: 0 };
  for (const p of points) {
    if (p.schedule.status === 'structured') counts.structured += 1;
    else if (p.schedule.status === 'text-only') counts.textOnly += 1;
    else counts.none += 1;
  }
  return counts;
}

/** Runs every adapter and assembles one snapshot: merge, geocode, zone, schedule, co-location, slugs. */
export function runPipeline(options: PipelineOptions): PipelineResult {
  const failures: SourceFailure[] = [];
  const results: AdapterResult[] = [];
  for (const adapter of options.adapters) {
    try {
      results.push(sanitizeAdapterResult(adapter(options.sourcesDir)));
    } catch (error) {
      if (error instanceof SourceFailure) failures.push(error);
      else failures.push(new SourceFailure(adapter.name || 'adapter', `crashed: ${(error as Error).stack ?? String(error)}`));
    }
  }
  const tallies = new Map<string, SourceTally>(results.map((r) => [r.meta.id, { imported: 0, merged: 0, pipelineRejects: [] }]));
  const tally = (sourceId: string): SourceTally => {
    const t = tallies.get(sourceId);
    if (!t) throw new Error(`no tally for ${sourceId}`);
    return t;
  };

  // Places: first record per id wins; later ones with the same id are merged into it.
  const placesById = new Map<string, Place>();
  for (const result of results) {
    for (const place of result.places) {
      if (placesById.has(place.id)) {
        tally(result.meta.id).merged += 1;
      } else {
        placesById.set(place.id, { ...place });
        tally(result.meta.id).imported += 1;
      }
    }
  }
  const sourcePlaces = [...placesById.values()];
  // Derived towns are not rows of any source: they are not counted, and their provenance names the FSA records used.
  const places = [...sourcePlaces, ...localitiesFromFsaNames(sourcePlaces)];
  applyPopulations(results, places, tally);
  for (const result of results) tally(result.meta.id).merged += result.referenceRows ?? 0;

  const geocoder: Geocoder = { shapes: provinceShapesFor(options.sourcesDir), localities: buildLocalityIndex(places) };

  // Points: unique ids; enrich rows merge into the point with their mergeKey.
  const drafts: Array<{ draft: ServicePointDraft; sourceId: string }> = [];
  const draftIds = new Set<string>();
  const byMergeKey = new Map<string, ServicePointDraft>();
  for (const result of results) {
    for (const draft of result.points) {
      if (draftIds.has(draft.id)) {
        tally(result.meta.id).pipelineRejects.push(rejectForDraft(draft, 'id', 'duplicate service point id'));
        continue;
      }
      draftIds.add(draft.id);
      const copy: ServicePointDraft = { ...draft, provenance: [...draft.provenance] };
      drafts.push({ draft: copy, sourceId: result.meta.id });
      if (copy.mergeKey && !byMergeKey.has(copy.mergeKey)) byMergeKey.set(copy.mergeKey, copy);
    }
  }
  for (const result of results) {
    for (const row of result.enrich) {
      const target = byMergeKey.get(row.mergeKey);
      if (target) {
        mergeDraft(target, row.fields);
        tally(result.meta.id).merged += 1;
      } else {
        const file = row.file ?? `${result.meta.dir}/${result.meta.files[0]?.name ?? ''}`;
        tally(result.meta.id).pipelineRejects.push(
          rejectBuilder(result.meta.id, file)(row.line, 'mergeKey', row.unmatchedReason ?? `no current point with key ${row.mergeKey}`),
        );
      }
    }
  }

  const sourceOrder = new Map(results.map((r) => [r.meta.id, r.meta.order]));
  const points: Array<{ point: ServicePoint; offers: ServicePointDraft['offers']; sourceId: string }> = [];
  for (const { draft, sourceId } of drafts) {
    const placement = placePoint(geocoder, {
      province: draft.address.province,
      city: draft.address.city,
      ...(draft.address.postalCode ? { postalCode: draft.address.postalCode } : {}),
      ...(draft.sourceCoordinates ? { source: draft.sourceCoordinates } : {}),
      preferIndigenous: hostIsIndigenous(draft, results),
    });
    if (!placement.ok) {
      tally(sourceId).pipelineRejects.push(rejectForDraft(draft, placement.field, placement.reason));
      continue;
    }
    const coordinates: Coordinates = placement.coordinates;
    // The zone from province and coordinates wins over the source's: Service Canada labels West Kootenay offices
    // (Nelson, Trail, Revelstoke…) with Mountain time and Coral Harbour with Iqaluit, an hour off since BC's and
    // Alberta's 2026 changes.
    const timeZone = timeZoneFor(draft.address.province, coordinates.lat, coordinates.lon);
    const calendar = sourceOrder.get(sourceId) === 'federal' ? 'federal' : 'provincial';
    const { schedule } = scheduleFromSource(draft.hours, { province: draft.address.province, calendar, today: options.today });
    const point: ServicePoint = {
      id: draft.id,
      slug: '',
      name: draft.name,
      type: draft.type,
      hostOrganizationId: draft.hostOrganizationId,
      address: draft.address,
      coordinates,
      timeZone,
      ...(draft.officialLanguages ? { officialLanguages: draft.officialLanguages } : {}),
      accessibility: draft.accessibility ?? {},
      phones: draft.phones ?? [],
      ...(draft.email ? { email: draft.email } : {}),
      ...(draft.url ? { url: draft.url } : {}),
      schedule: schedule as Schedule,
      sameSiteAs: [],
      provenance: draft.provenance,
    };
    points.push({ point, offers: draft.offers, sourceId });
    tally(sourceId).imported += 1;
  }

  // Approximate points at the civic address of an exactly placed point (same building) take its coordinates.
  exactFromSameAddress(points.map((p) => p.point));
  assignSlugs(points.map((p) => p.point));
  linkSameSites(points.map((p) => p.point));

  const servicesAtLocations: ServiceAtLocation[] = points.flatMap(({ point, offers }) =>
    offers.map((offer) => ({
      id: `${point.id}--${offer.serviceId}`,
      serviceId: offer.serviceId,
      locationId: point.id,
      providerOrganizationId: offer.providerOrganizationId,
      hostOrganizationId: point.hostOrganizationId,
      mode: offer.mode,
      features: offer.features ?? [],
      provenance: point.provenance[0]!,
    })),
  );

  const organizations = uniqueById(results.flatMap((r) => r.organizations));
  const services: OfferedService[] = uniqueById(results.flatMap((r) => r.services)).map((s) => ({ ...s, catalogueIds: [] }));

  const accountingProblems: string[] = [];
  const sources: SourceReport[] = results.map((result) => {
    const t = tally(result.meta.id);
    const rejected = result.rejects.length + t.pipelineRejects.length;
    if (t.imported + t.merged + rejected !== result.rowsRead) {
      accountingProblems.push(
        `${result.meta.id}: read ${result.rowsRead} ≠ imported ${t.imported} + merged ${t.merged} + rejected ${rejected}`,
      );
    }
    const own = points.filter((p) => p.sourceId === result.meta.id).map((p) => p.point);
    return {
      sourceId: result.meta.id,
      title: result.meta.title,
      publisher: result.meta.publisher,
      order: result.meta.order,
      licence: result.meta.licence,
      sourceDate: result.meta.sourceDate,
      ...(result.meta.upstreamUrl ? { upstreamUrl: result.meta.upstreamUrl } : {}),
      files: result.meta.files.map((f) => `${result.meta.dir}/${f.name}`),
      counts: {
        read: result.rowsRead,
        imported: t.imported,
        merged: t.merged,
        rejected,
        byPrecision: countPrecision(own),
        hours: countHours(own),
      },
    };
  });

  const snapshot: Snapshot = {
    version: options.builtAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'),
    builtAt: options.builtAt,
    organizations,
    servicePoints: points.map((p) => p.point),
    services,
    servicesAtLocations,
    places,
    sources,
    rejects: results.flatMap((r) => [...r.rejects, ...tally(r.meta.id).pipelineRejects]),
    warnings: results.flatMap((r) => r.warnings ?? []),
  };
  const guards = Object.fromEntries(results.map((r) => [r.meta.id, r.meta.guard ?? {}]));
  return { snapshot, failures, accountingProblems, guards };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

function hostIsIndigenous(draft: ServicePointDraft, results: AdapterResult[]): boolean {
  const host: Organization | undefined = results.flatMap((r) => r.organizations).find((o) => o.id === draft.hostOrganizationId);
  return host?.order === 'indigenous';
}

/** Census rows give 2021 populations to places of the same name and province (largest figure when names repeat). */
function applyPopulations(results: AdapterResult[], places: Place[], tally: (id: string) => SourceTally): void {
  const placesByKey = new Map<string, Place[]>();
  for (const place of places) {
    if (place.kind === 'fsa') continue;
    for (const key of lookupKeys(place)) {
      const bucketKey = `${place.province}:${key}`;
      const bucket = placesByKey.get(bucketKey) ?? [];
      if (!bucket.includes(place)) bucket.push(place);
      placesByKey.set(bucketKey, bucket);
    }
  }
  const census = new Map<string, number>();
  for (const result of results) {
    const rows = result.placePopulation ?? [];
    const reject = rejectBuilder(result.meta.id, `${result.meta.dir}/${result.meta.files[0]?.name ?? ''}`);
    for (const row of rows) {
      if (placesByKey.has(row.key)) {
        census.set(row.key, Math.max(census.get(row.key) ?? 0, row.population));
        tally(result.meta.id).merged += 1;
      } else {
        tally(result.meta.id).pipelineRejects.push(
          reject(row.line, 'GEO', `${row.name}: no place with coordinates has this name (the census table has none of its own)`),
        );
      }
    }
  }
  for (const [key, population] of census) {
    // the 2021 municipal count replaces simplemaps' 2016 figure, which is metropolitan for large cities
    for (const place of placesByKey.get(key) ?? []) place.population = population;
  }
}

function assignSlugs(points: ServicePoint[]): void {
  const used = new Set<string>();
  for (const point of [...points].sort((a, b) => a.id.localeCompare(b.id))) {
    let slug = slugFor(point) || slugPart(point.id);
    if (used.has(slug)) slug = `${slug}-${slugPart(point.id)}`;
    used.add(slug);
    point.slug = slug;
  }
}
