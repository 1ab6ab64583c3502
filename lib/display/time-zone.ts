import type { Locale } from '../model/schema';

type Label = { en: string; fr: string };

/** A region's name as it goes into "<region> time" and « heure <région> ». */
type Region = { en: string; fr: string };

const EASTERN: Region = { en: 'Eastern', fr: 'de l’Est' };
const ATLANTIC: Region = { en: 'Atlantic', fr: 'de l’Atlantique' };
const NEWFOUNDLAND: Region = { en: 'Newfoundland', fr: 'de Terre-Neuve' };
const CENTRAL: Region = { en: 'Central', fr: 'du Centre' };
const MOUNTAIN: Region = { en: 'Mountain', fr: 'des Rocheuses' };
const PACIFIC: Region = { en: 'Pacific', fr: 'du Pacifique' };
const YUKON: Region = { en: 'Yukon', fr: 'du Yukon' };

const time = (region: Region): Label => ({ en: `${region.en} time`, fr: `heure ${region.fr}` });
/** Zones without daylight saving time say so, where it matters to a visitor. */
const standardTime = (region: Region): Label => ({
  en: `${region.en} Standard Time (no daylight saving)`,
  fr: `heure normale ${region.fr} (sans heure avancée)`,
});

/**
 * What people call the time of a Canadian IANA zone ("America/Toronto" → "Eastern time", « heure de l’Est »): never
 * the raw zone id on a page.
 */
const ZONES: Array<[Label, string[]]> = [
  [
    time(EASTERN),
    [
      'America/Toronto',
      'America/Montreal',
      'America/Nipigon',
      'America/Thunder_Bay',
      'America/Iqaluit',
      'America/Pangnirtung',
      'Canada/Eastern',
    ],
  ],
  [standardTime(EASTERN), ['America/Atikokan', 'America/Coral_Harbour', 'America/Panama']],
  [time(ATLANTIC), ['America/Halifax', 'America/Moncton', 'America/Glace_Bay', 'America/Goose_Bay', 'Canada/Atlantic']],
  [standardTime(ATLANTIC), ['America/Blanc-Sablon', 'America/Puerto_Rico']],
  [time(NEWFOUNDLAND), ['America/St_Johns', 'Canada/Newfoundland']],
  [time(CENTRAL), ['America/Winnipeg', 'America/Rainy_River', 'America/Rankin_Inlet', 'America/Resolute', 'Canada/Central']],
  [
    { en: 'Saskatchewan time (Central Standard)', fr: 'heure de la Saskatchewan (normale du Centre)' },
    ['America/Regina', 'America/Swift_Current', 'Canada/Saskatchewan'],
  ],
  [time(MOUNTAIN), ['America/Edmonton', 'America/Yellowknife', 'America/Cambridge_Bay', 'America/Inuvik', 'Canada/Mountain']],
  [standardTime(MOUNTAIN), ['America/Creston', 'America/Phoenix', 'America/Dawson_Creek', 'America/Fort_Nelson']],
  [time(PACIFIC), ['America/Vancouver', 'Canada/Pacific']],
  [time(YUKON), ['America/Whitehorse', 'America/Dawson', 'Canada/Yukon']],
];

const LABELS = new Map<string, Label>(ZONES.flatMap(([label, zones]) => zones.map((zone): [string, Label] => [zone, label])));

/** "Eastern time" / « heure de l’Est »; an unknown zone gives a neutral "local time", never the id. */
export function timeZoneLabel(zone: string, locale: Locale): string {
  return LABELS.get(zone)?.[locale] ?? (locale === 'fr' ? 'heure locale' : 'local time');
}

/** True when the points of a list do not all share one time, so each card must say whose time it shows. */
export function crossesZones(zones: readonly string[], locale: Locale = 'en'): boolean {
  return new Set(zones.map((zone) => timeZoneLabel(zone, locale))).size > 1;
}
