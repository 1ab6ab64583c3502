import type { Organization, ServicePoint } from '../model/schema';
import { effectiveWeekly } from './export';
import { pick } from './licence';

const DAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

type Json = Record<string, unknown>;

/**
 * schema.org GovernmentOffice for a service point: name, address, geo, phones, hours as openingHoursSpecification
 * (weekly hours with breaks taken out; dated visits and openings with validFrom/validThrough; dated closures as
 * 00:00–00:00, schema.org's way of saying closed), the host organization as parentOrganization.
 */
export function governmentOfficeJsonLd(point: ServicePoint, host: Organization | undefined, lang: 'en' | 'fr', pageUrl: string): Json {
  const s = point.schedule;
  const hours: Json[] = [];
  for (const w of effectiveWeekly(s))
    hours.push({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAY[w.day]}`,
      opens: w.opens,
      closes: w.closes === '24:00' ? '23:59' : w.closes,
    });
  for (const v of s.datedVisits)
    hours.push({ '@type': 'OpeningHoursSpecification', validFrom: v.date, validThrough: v.date, opens: v.opens, closes: v.closes });
  const special: Json[] = [];
  for (const e of s.exceptions) {
    if (e.kind === 'closed')
      special.push({
        '@type': 'OpeningHoursSpecification',
        validFrom: e.from,
        ...(e.to ? { validThrough: e.to } : {}),
        opens: '00:00',
        closes: '00:00',
      });
    else
      for (const i of e.intervals ?? [])
        special.push({
          '@type': 'OpeningHoursSpecification',
          validFrom: e.from,
          validThrough: e.to ?? e.from,
          opens: i.opens,
          closes: i.closes,
        });
  }
  const lines =
    (lang === 'fr' ? (point.address.lines.fr ?? point.address.lines.en) : (point.address.lines.en ?? point.address.lines.fr)) ?? [];
  const url = pick(point.url as { en?: string; fr?: string } | undefined, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': pageUrl,
    name: pick(point.name, lang),
    url: pageUrl,
    ...(url ? { sameAs: url } : {}),
    inLanguage: lang === 'fr' ? 'fr-CA' : 'en-CA',
    address: {
      '@type': 'PostalAddress',
      ...(lines.length > 0 ? { streetAddress: lines.join(', ') } : {}),
      addressLocality: pick(point.address.city, lang),
      addressRegion: point.address.province,
      ...(point.address.postalCode ? { postalCode: point.address.postalCode } : {}),
      addressCountry: 'CA',
    },
    geo: { '@type': 'GeoCoordinates', latitude: point.coordinates.lat, longitude: point.coordinates.lon },
    ...(point.phones[0] ? { telephone: point.phones[0].number } : {}),
    ...(point.email ? { email: point.email } : {}),
    ...(hours.length > 0 ? { openingHoursSpecification: hours } : {}),
    ...(special.length > 0 ? { specialOpeningHoursSpecification: special } : {}),
    ...(host
      ? {
          parentOrganization: {
            '@type': host.order === 'community' ? 'Organization' : 'GovernmentOrganization',
            name: pick(host.name, lang),
            ...(host.url ? { url: host.url } : {}),
          },
        }
      : {}),
    ...(point.officialLanguages?.length
      ? { availableLanguage: point.officialLanguages.map((l) => (l === 'fr' ? 'French' : 'English')) }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<`, `>`, `&` and line separators escaped so it cannot end the script. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
