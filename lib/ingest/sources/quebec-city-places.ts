import { z } from 'zod';
import type { LocationType, Organization, Reject } from '../../model/schema';
import type { Adapter, AdapterResult, ServicePointDraft, SourceMeta } from '../contract';
import { rejectBuilder } from '../errors';
import { lineOfKey, readJsonRecords } from '../json-records';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace } from '../text';

const FILE = 'vdqlieupublic_geojson_wrapped_in_js.txt';
/** PROVENANCE: bytes 0–19 are this JavaScript assignment; the City's GeoJSON follows. */
const PREFIX = 'let vdqlieupublic = ';

export const QUEBEC_CITY_PLACES_SOURCE = 'municipal-quebec-city-lieux-publics-2022';

export const VILLE_DE_QUEBEC: Organization = {
  id: 'ville-de-quebec',
  name: { en: 'Ville de Québec', fr: 'Ville de Québec' },
  order: 'municipal',
  jurisdiction: 'QC',
  url: 'https://www.ville.quebec.qc.ca/',
};

export const QUEBEC_CITY_SERVICES = {
  counter: 'vdq-services-aux-citoyens',
  library: 'vdq-bibliotheques',
  communityCentre: 'vdq-centres-communautaires',
} as const;

/** The categories (`DESCRIPTION`) kept, with the kind of point and the service offered there. */
const KEPT: Record<string, { type: LocationType; serviceId: string }> = {
  'Hôtels de ville': { type: 'municipal-office', serviceId: QUEBEC_CITY_SERVICES.counter },
  "Bureaux d'arrondissement": { type: 'municipal-office', serviceId: QUEBEC_CITY_SERVICES.counter },
  'Points de service': { type: 'municipal-office', serviceId: QUEBEC_CITY_SERVICES.counter },
  Bibliothèques: { type: 'library', serviceId: QUEBEC_CITY_SERVICES.library },
  'Centres communautaires': { type: 'community-centre', serviceId: QUEBEC_CITY_SERVICES.communityCentre },
};

/** Categories that sound like counters but are not, with why (PROVENANCE: "Centre de service Saint-Jacques" is a municipal building). */
const NOT_COUNTERS: Record<string, string> = {
  'Bureaux administratifs': 'administrative offices of city departments, not a counter open to residents',
  'Bâtiments municipaux': 'municipal buildings (works centres, ExpoCité pavilions…), not a counter open to residents',
};

/** Libraries in the category that are not branches of the City's library network, or that the source marks closed. */
function libraryProblem(name: string): string | undefined {
  if (/Université Laval/i.test(name)) return 'a university library (Université Laval), not a branch of the City’s library network';
  if (/\(ferm[ée]e temp\.?\)/i.test(name)) return 'marked temporarily closed in the source ("fermée temp."), with no reopening date';
  return undefined;
}

/**
 * One library listed twice: "Bibliothèque Maison de la Littérature" (37 rue Sainte-Angèle) and "Maison de la Littérature"
 * (40 rue Saint-Stanislas) are the same library, about 10 m apart. The second record is merged into the first (whose
 * name says what it is) rather than shown as a second library.
 */
const SAME_LIBRARY: Record<string, string> = { 'Maison de la Littérature': 'Bibliothèque Maison de la Littérature' };

const Place = z.object({
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    ID: z.number().int(),
    NO_CIVIQUE: z.number().int().positive().nullable(),
    RUE: z.string().trim().min(1),
    NOM_TOPOGRAPHIE: z.string().trim().min(1),
    DESCRIPTION: z.string().trim().min(1),
  }),
});
type Place = z.infer<typeof Place>;
const REQUIRED_FIELDS = ['ID', 'NO_CIVIQUE', 'RUE', 'NOM_TOPOGRAPHIE', 'DESCRIPTION'];

/**
 * Ville de Québec « Lieux publics » (about 2022): French only, no hours, phones or postal codes. The City's own
 * counters (hôtel de ville, bureaux d'arrondissement, point de service), its libraries and its community centres become
 * points; every other place is rejected with its category. Names are the City's official French names, kept as given.
 */
export const quebecCityPlaces: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, QUEBEC_CITY_PLACES_SOURCE);
  const file = sourceFile(sourcesDir, meta, FILE);
  const places = readJsonRecords({
    ...file,
    prefix: PREFIX,
    at: 'features',
    requiredFields: REQUIRED_FIELDS,
    schema: Place,
    label: 'feature',
    // the file is pretty-printed: a feature is located by the line of its ID (unique), else by its position
    lineOf: lineOfKey(/"ID"\s*:\s*(\d+)/, (raw) => {
      const id = (raw as { properties?: { ID?: unknown } } | null)?.properties?.ID;
      return typeof id === 'number' ? String(id) : undefined;
    }),
  });
  const reject = rejectBuilder(meta.id, file.file);
  const rejects: Reject[] = [...places.rejects];
  const warnings: Reject[] = [];
  const points: ServicePointDraft[] = [];
  const enrich: AdapterResult['enrich'] = [];
  const duplicates: Array<{ place: Place; line: number; into: string }> = [];
  const seenIds = new Set<number>();
  const pointByName = new Map<string, ServicePointDraft>();

  for (const { value: place, line } of places.records) {
    const { ID, DESCRIPTION, NOM_TOPOGRAPHIE } = place.properties;
    const category = collapseWhitespace(DESCRIPTION);
    const name = collapseWhitespace(NOM_TOPOGRAPHIE);
    if (seenIds.has(ID)) {
      rejects.push(reject(line, 'ID', `duplicate ID ${ID} ("${name}")`));
      continue;
    }
    seenIds.add(ID);
    const kept = KEPT[category];
    if (!kept) {
      const why = NOT_COUNTERS[category] ?? 'not a place where residents get a city service';
      rejects.push(reject(line, 'DESCRIPTION', `"${name}" (${category}): ${why}`));
      continue;
    }
    const problem = kept.type === 'library' ? libraryProblem(name) : undefined;
    if (problem) {
      rejects.push(reject(line, 'NOM_TOPOGRAPHIE', `"${name}": ${problem}`));
      continue;
    }
    const sameAs = SAME_LIBRARY[name];
    if (sameAs) {
      duplicates.push({ place, line, into: sameAs });
      continue;
    }
    const draft = toDraft(place, kept, line, meta);
    pointByName.set(name, draft);
    points.push(draft);
  }

  for (const { place, line, into } of duplicates) {
    const target = pointByName.get(into);
    const name = collapseWhitespace(place.properties.NOM_TOPOGRAPHIE);
    if (!target) {
      rejects.push(reject(line, 'NOM_TOPOGRAPHIE', `"${name}" is listed as the same library as "${into}", which the file does not hold`));
      continue;
    }
    target.mergeKey ??= `vdq:${target.id}`;
    target.provenance.push(provenanceFor(meta, FILE, String(place.properties.ID), line));
    enrich.push({ mergeKey: target.mergeKey, line, fields: {} });
    warnings.push(
      reject(
        line,
        'NOM_TOPOGRAPHIE',
        `"${name}" (${addressOf(place)}) is the same library as "${into}" (${target.address.lines.fr?.join(', ')}): merged`,
      ),
    );
  }
  warnings.push(...sharedPins(points, meta, file.file));
  rejects.sort((a, b) => a.line - b.line);

  return {
    meta,
    organizations: [VILLE_DE_QUEBEC],
    services: [
      {
        id: QUEBEC_CITY_SERVICES.counter,
        name: { en: 'City of Québec citizen services counter', fr: 'Services aux citoyens de la Ville de Québec' },
        providerOrganizationId: VILLE_DE_QUEBEC.id,
      },
      {
        id: QUEBEC_CITY_SERVICES.library,
        name: { en: 'City of Québec public libraries', fr: 'Bibliothèques de la Ville de Québec' },
        providerOrganizationId: VILLE_DE_QUEBEC.id,
      },
      {
        id: QUEBEC_CITY_SERVICES.communityCentre,
        name: { en: 'Community centres listed by the City of Québec', fr: 'Centres communautaires répertoriés par la Ville de Québec' },
        providerOrganizationId: VILLE_DE_QUEBEC.id,
      },
    ],
    points,
    places: [],
    enrich,
    rejects,
    warnings,
    rowsRead: places.recordsRead,
  };
};

function toDraft(place: Place, kept: { type: LocationType; serviceId: string }, line: number, meta: SourceMeta): ServicePointDraft {
  const [lon, lat] = place.geometry.coordinates;
  const name = collapseWhitespace(place.properties.NOM_TOPOGRAPHIE);
  return {
    id: `vdq-${place.properties.ID}`,
    name: { fr: name },
    type: kept.type,
    hostOrganizationId: VILLE_DE_QUEBEC.id,
    address: { lines: { fr: [addressOf(place)] }, city: { en: 'Quebec City', fr: 'Québec' }, province: 'QC' },
    sourceCoordinates: { lat, lon, placedBy: 'address' },
    hours: { format: 'none', data: {} },
    offers: [{ serviceId: kept.serviceId, providerOrganizationId: VILLE_DE_QUEBEC.id, mode: 'in-person' }],
    provenance: [provenanceFor(meta, FILE, String(place.properties.ID), line)],
  };
}

/** PROVENANCE: `NO_CIVIQUE + ' ' + RUE` when there is a civic number, else `RUE` alone (the City Hall has none). */
export function addressOf(place: Place): string {
  const street = collapseWhitespace(place.properties.RUE);
  return place.properties.NO_CIVIQUE === null ? street : `${place.properties.NO_CIVIQUE} ${street}`;
}

/**
 * Points on exactly the same pin with different civic addresses: one of the pins is probably another building's
 * (e.g. the Bureau d'arrondissement des Rivières, 330 rue Chabot, sits on the pin of the Aliette-Marchand library,
 * 243 boulevard Pierre-Bertrand). Kept, with a warning; places sharing one address are simply co-located.
 */
function sharedPins(points: ServicePointDraft[], meta: SourceMeta, file: string): Reject[] {
  const byPin = new Map<string, ServicePointDraft[]>();
  for (const point of points) {
    const key = `${point.sourceCoordinates?.lat},${point.sourceCoordinates?.lon}`;
    byPin.set(key, [...(byPin.get(key) ?? []), point]);
  }
  const warnings: Reject[] = [];
  for (const group of byPin.values()) {
    const addresses = new Set(group.map((point) => point.address.lines.fr?.join(', ')));
    if (group.length < 2 || addresses.size < 2) continue;
    for (const point of group.slice(1)) {
      warnings.push(
        rejectBuilder(meta.id, file)(
          point.provenance[0]?.line ?? 0,
          'geometry',
          `"${point.name.fr}" (${point.address.lines.fr?.join(', ')}) has exactly the pin of "${group[0]!.name.fr}" (${group[0]!.address.lines.fr?.join(', ')}): one of the two pins may be off`,
        ),
      );
    }
  }
  return warnings;
}
