/** Test-only loader of the real source rows, shaped as the ingest adapters pass them (source field names, verbatim values). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const SOURCES = fileURLToPath(new URL('../../../data/sources/', import.meta.url));

function read(path: string): string {
  return readFileSync(`${SOURCES}${path}`, 'utf8').replace(/^\uFEFF/, '');
}

export interface ServiceCanadaOffice {
  id: string;
  prov: string;
  tz: string;
  lat: number;
  lng: number;
  geo: string;
  [field: string]: unknown;
}

export function serviceCanadaOffices(): ServiceCanadaOffice[] {
  return JSON.parse(read('federal-service-canada-offices-hours-ask-canada/service_canada_offices_2026-09.json')) as ServiceCanadaOffice[];
}

export function serviceCanadaHours(office: ServiceCanadaOffice): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const key of ['weekly', 'monthly', 'dated', 'lunch', 'closedOn', 'closure']) if (office[key] !== undefined) data[key] = office[key];
  return data;
}

export function workBcRows(): Array<Record<string, string>> {
  return parse(read('provincial-bc-workbc-centres/workbc_service_centres_2022-11.csv'), { columns: true }) as Array<Record<string, string>>;
}

export function tplHours(): Record<string, Record<string, string>> {
  return JSON.parse(read('municipal-toronto-public-library-branches/tpl_branch_hours_scraped_2026-03.json')) as Record<
    string,
    Record<string, string>
  >;
}

export function earlyOnCentres(): Array<Record<string, unknown>> {
  const collection = JSON.parse(read('municipal-toronto-earlyon-centres/earlyon_child_and_family_centres_4326.geojson')) as {
    features: Array<{ properties: Record<string, unknown> }>;
  };
  return collection.features.map((f) => f.properties);
}

export function serviceOntarioLocations(): Array<{ name: string; locationType: { schedules: unknown[] } }> {
  return JSON.parse(read('provincial-on-serviceontario-locator-2019/serviceontario_locations_api_dump_2019-10.json')) as Array<{
    name: string;
    locationType: { schedules: unknown[] };
  }>;
}

export function serviceCanada2017Hours(): string[] {
  return ['SCC_Nov2017', 'SO_Nov2017', 'PTSCC_Nov2017', 'PPT_Nov2017'].flatMap((name) => {
    const collection = JSON.parse(
      read(`federal-service-canada-points-of-service-2017-2018-scima/${name}.geojson`).replace(/^var \w+ = /, ''),
    ) as {
      features: Array<{ properties: { HoursofSer?: string } }>;
    };
    return collection.features.map((f) => f.properties.HoursofSer ?? '');
  });
}
