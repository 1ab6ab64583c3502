import type { CatalogueServiceInput, InPersonChannel, OnlineChannel, PhoneChannel } from '../../lib/model/catalogue';

export const CURATED: CatalogueServiceInput['origin'] = { kind: 'curated' };

export function online(en: string, fr: string | undefined, sources: string[]): OnlineChannel {
  return { url: fr === undefined ? { en } : { en, fr }, sources };
}

export function phone(number: string, sources: string[], hours?: PhoneChannel['hours'], label?: PhoneChannel['label']): PhoneChannel {
  return { number, sources, ...(hours === undefined ? {} : { hours }), ...(label === undefined ? {} : { label }) };
}

/** Service Canada counters: the ESDC benefits counter at every Service Canada Centre and at scheduled outreach visits. */
export const SERVICE_CANADA_COUNTERS: InPersonChannel = {
  locationTypes: ['service-centre', 'outreach-site'],
  offeredServiceIds: ['sc-in-person'],
  anyOfFeatures: [],
  someLocationsOnly: false,
  sources: ['federal-service-canada-offices-hours-ask-canada'],
};

/**
 * In-person delivery through the snapshot's offered services (ids from lib/ingest/sources adapters).
 * `sources`: the data files those records come from.
 */
export function deliveredAs(locationTypes: InPersonChannel['locationTypes'], offeredServiceIds: string[], sources: string[], note?: InPersonChannel['note']): InPersonChannel {
  return { locationTypes, offeredServiceIds, anyOfFeatures: [], someLocationsOnly: false, ...(note === undefined ? {} : { note }), sources };
}

/** Passport services at Service Canada points, limited to the points whose `pp` levels include one of `levels`. */
export function passportCounters(levels: string[], note?: InPersonChannel['note']): InPersonChannel {
  return {
    locationTypes: ['service-centre', 'passport-office', 'outreach-site'],
    offeredServiceIds: ['passport-services'],
    anyOfFeatures: levels,
    someLocationsOnly: true,
    ...(note === undefined ? {} : { note }),
    sources: ['federal-service-canada-offices-hours-ask-canada'],
  };
}

export const SERVICEONTARIO_CENTRES: InPersonChannel = {
  locationTypes: ['service-centre'],
  offeredServiceIds: ['serviceontario-counter'],
  anyOfFeatures: [],
  someLocationsOnly: false,
  sources: ['provincial-on-serviceontario-locator-2019'],
};

export const SERVICE_BC_CENTRES: InPersonChannel = {
  locationTypes: ['service-centre'],
  offeredServiceIds: ['service-bc-counter'],
  anyOfFeatures: [],
  someLocationsOnly: false,
  sources: ['provincial-bc-service-bc-locations-2021'],
};

export const EI_HOURS = { en: 'Monday to Friday, 8:30 am to 4:30 pm local time', fr: 'Du lundi au vendredi, de 8 h 30 à 16 h 30, heure locale' };
