import type { Locale } from '../model/schema';

type Label = { en: string; fr: string };

const EASTERN: Label = { en: 'Eastern time', fr: 'heure de l’Est' };
const ATLANTIC: Label = { en: 'Atlantic time', fr: 'heure de l’Atlantique' };
const CENTRAL: Label = { en: 'Central time', fr: 'heure du Centre' };
const MOUNTAIN: Label = { en: 'Mountain time', fr: 'heure des Rocheuses' };
const PACIFIC: Label = { en: 'Pacific time', fr: 'heure du Pacifique' };

/**
 * What people call the time of a Canadian IANA zone ("America/Toronto" → "Eastern time", « heure de l’Est »): never
 * the raw zone id on a page. Zones without daylight saving time say so where it matters to a visitor.
 */
const LABELS: Record<string, Label> = {
  'America/Toronto': EASTERN,
  'America/Montreal': EASTERN,
  'America/Nipigon': EASTERN,
  'America/Thunder_Bay': EASTERN,
  'America/Iqaluit': EASTERN,
  'America/Pangnirtung': EASTERN,
  'Canada/Eastern': EASTERN,
  'America/Atikokan': { en: 'Eastern Standard Time (no daylight saving)', fr: 'heure normale de l’Est (sans heure avancée)' },
  'America/Coral_Harbour': { en: 'Eastern Standard Time (no daylight saving)', fr: 'heure normale de l’Est (sans heure avancée)' },
  'America/Panama': { en: 'Eastern Standard Time (no daylight saving)', fr: 'heure normale de l’Est (sans heure avancée)' },
  'America/Halifax': ATLANTIC,
  'America/Moncton': ATLANTIC,
  'America/Glace_Bay': ATLANTIC,
  'America/Goose_Bay': ATLANTIC,
  'Canada/Atlantic': ATLANTIC,
  'America/Blanc-Sablon': { en: 'Atlantic Standard Time (no daylight saving)', fr: 'heure normale de l’Atlantique (sans heure avancée)' },
  'America/Puerto_Rico': { en: 'Atlantic Standard Time (no daylight saving)', fr: 'heure normale de l’Atlantique (sans heure avancée)' },
  'America/St_Johns': { en: 'Newfoundland time', fr: 'heure de Terre-Neuve' },
  'Canada/Newfoundland': { en: 'Newfoundland time', fr: 'heure de Terre-Neuve' },
  'America/Winnipeg': CENTRAL,
  'America/Rainy_River': CENTRAL,
  'America/Rankin_Inlet': CENTRAL,
  'America/Resolute': CENTRAL,
  'Canada/Central': CENTRAL,
  'America/Regina': { en: 'Saskatchewan time (Central Standard)', fr: 'heure de la Saskatchewan (normale du Centre)' },
  'America/Swift_Current': { en: 'Saskatchewan time (Central Standard)', fr: 'heure de la Saskatchewan (normale du Centre)' },
  'Canada/Saskatchewan': { en: 'Saskatchewan time (Central Standard)', fr: 'heure de la Saskatchewan (normale du Centre)' },
  'America/Edmonton': MOUNTAIN,
  'America/Yellowknife': MOUNTAIN,
  'America/Cambridge_Bay': MOUNTAIN,
  'America/Inuvik': MOUNTAIN,
  'Canada/Mountain': MOUNTAIN,
  'America/Creston': { en: 'Mountain Standard Time (no daylight saving)', fr: 'heure normale des Rocheuses (sans heure avancée)' },
  'America/Phoenix': { en: 'Mountain Standard Time (no daylight saving)', fr: 'heure normale des Rocheuses (sans heure avancée)' },
  'America/Dawson_Creek': { en: 'Mountain Standard Time (no daylight saving)', fr: 'heure normale des Rocheuses (sans heure avancée)' },
  'America/Fort_Nelson': { en: 'Mountain Standard Time (no daylight saving)', fr: 'heure normale des Rocheuses (sans heure avancée)' },
  'America/Vancouver': PACIFIC,
  'Canada/Pacific': PACIFIC,
  'America/Whitehorse': { en: 'Yukon time', fr: 'heure du Yukon' },
  'America/Dawson': { en: 'Yukon time', fr: 'heure du Yukon' },
  'Canada/Yukon': { en: 'Yukon time', fr: 'heure du Yukon' },
};

/** "Eastern time" / « heure de l’Est »; an unknown zone gives a neutral "local time", never the id. */
export function timeZoneLabel(zone: string, locale: Locale): string {
  return LABELS[zone]?.[locale] ?? (locale === 'fr' ? 'heure locale' : 'local time');
}

/** True when the points of a list do not all share one time, so each card must say whose time it shows. */
export function crossesZones(zones: readonly string[], locale: Locale = 'en'): boolean {
  return new Set(zones.map((zone) => timeZoneLabel(zone, locale))).size > 1;
}
