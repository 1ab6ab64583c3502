import { catalogueServicesAt, getSnapshot } from '../data/server';
import { directionsLinks, type DirectionsLinks } from '../geo/directions';
import { closureHolidays, pointHoursAt, type Holiday, type OpenStatus, type OutreachVisit, type WeekTableDay } from '../hours';
import { governmentOfficeJsonLd, serializeJsonLd } from '../hsds/jsonld';
import { pickText, pickedLanguage } from '../i18n-text';
import { licenceText } from '../display/licence';
import { timeZoneLabel } from '../display/time-zone';
import {
  GovernmentOrder,
  type Coordinates,
  type DeliveryMode,
  type Locale,
  type LocationType,
  type Organization,
  type Provenance,
  type ProvinceCode,
  type ServiceAtLocation,
  type ServicePoint,
} from '../model/schema';
import type { DatedVisit, MonthlyVisitRule } from '../model/schedule';
import { reportFormPath } from '../reports/listings';
import { pointPath, servicePath, staleSince } from '../search/present';
import { calendarActions, printedDate, type CalendarActions } from '../share/actions';

/** Text picked for the page's language, with the language it is actually in (the other one when the source lacks it). */
export interface PickedText {
  text: string;
  lang: Locale;
}

/** How many holiday closures and dated visits a page lists ahead. */
const HOLIDAYS_AHEAD = 4;
const VISITS_AHEAD = 6;

export interface LocationView {
  id: string;
  path: string;
  name: PickedText;
  type: LocationType;
  host?: { name: string; order: GovernmentOrder };
  /** schema.org GovernmentOffice, serialized for a script element */
  jsonLd: string;
  now: {
    status: OpenStatus;
    /** local date at the point */
    today: string;
    /** local time at the point, HH:MM */
    time: string;
    zone: string;
    closureNote?: PickedText;
    /** the newest source date when it is over a year old */
    dataDate?: string;
  };
  takeAway: { printed: string; calendar: CalendarActions };
  where: {
    /** street lines in the language they are in (lang), then the city line */
    address: { lines: string[]; lang: Locale; city: string; province: ProvinceCode; postalCode?: string };
    coordinates: Coordinates;
    directions: DirectionsLinks;
    phones: string[];
  };
  hours: HoursView;
  services: ServicesView;
  details: {
    languages: Locale[];
    wheelchair: boolean;
    signLanguage: string[];
    parking?: 'free' | 'paid';
  };
  source: {
    records: Array<{ key: string; title: Partial<PickedText> & { text: string }; date: string; record: string; licence: string }>;
    /** the official page, https only */
    officialUrl?: string;
    placementNote: boolean;
    reportPath: string;
  };
}

export interface HoursView {
  zone: string;
  /** the next seven days, when the counter's hours or visits are known */
  week?: WeekTableDay[];
  visitRules: MonthlyVisitRule[];
  nextVisit?: OutreachVisit;
  /** dated visits from today, listed when there is more than the next one */
  upcomingVisits: DatedVisit[];
  /** the source's hours as published, when they could not be read */
  publishedText?: PickedText;
  /** no hours at all: the page says to call when there is a number, else to check the official page when there is one */
  noHours?: 'call' | 'no-phone' | 'no-contact';
  sessions: Array<{ kind: 'scheduled'; registered: boolean; day: number; opens: string; closes: string } | { kind: 'text'; text: string }>;
  /** dated closures that are not over */
  closures: Array<{ from: string; to?: string; reason?: PickedText }>;
  /** the next holiday closures, only where the hours are known */
  holidays: Holiday[];
}

export type ServiceFeature = { kind: 'express-days'; from: number; to: number } | { kind: 'code'; code: string };

export interface ServicesView {
  /** services by the organization that provides them, federal first */
  providers: Array<{
    key: string;
    provider?: { name: string; order: GovernmentOrder };
    /** the provider's own counter, or delivered at the host's site in some mode */
    role: { kind: 'own' } | { kind: 'at-host'; mode: DeliveryMode; host: string };
    services: Array<{ id: string; name: Partial<PickedText> & { text: string }; features: ServiceFeature[] }>;
  }>;
  /** catalogue services delivered in person here */
  catalogue: Array<{ id: string; name: string; path: string }>;
  /** other points at the same site */
  sameSite: Array<{ id: string; name: PickedText; path: string }>;
}

const picked = (text: { en?: string; fr?: string }, locale: Locale): PickedText => ({
  text: pickText(text, locale),
  lang: pickedLanguage(text, locale),
});

/** Everything a service-point page shows, at an instant, in one language. */
export function locationView(
  point: ServicePoint,
  locale: Locale,
  at: Date,
  options: { platform?: 'apple' | 'android' | 'other' } = {},
): LocationView {
  const loaded = getSnapshot();
  const host = loaded.organizationById.get(point.hostOrganizationId);
  const name = picked(point.name, locale);
  const path = pointPath(point, locale);
  const hours = pointHoursAt(point, at);
  const zone = timeZoneLabel(point.timeZone, locale);
  const dataDate = staleSince(
    point.provenance.map((p) => p.sourceDate),
    at,
  );
  const { lines } = point.address;
  // linked only over https; the hours section sends a person to it only when it is linked
  const pickedUrl = point.url && pickText(point.url, locale);
  const officialUrl = pickedUrl?.startsWith('https://') ? pickedUrl : undefined;
  return {
    id: point.id,
    path,
    name,
    type: point.type,
    ...(host ? { host: { name: pickText(host.name, locale), order: host.order } } : {}),
    jsonLd: serializeJsonLd(governmentOfficeJsonLd(point, host, locale, path)),
    now: {
      status: hours.status,
      today: hours.local.date,
      time: hours.local.time,
      zone,
      ...(hours.status.closureNote ? { closureNote: picked(hours.status.closureNote, locale) } : {}),
      ...(dataDate ? { dataDate } : {}),
    },
    takeAway: { printed: printedDate(at, point.timeZone, locale), calendar: calendarActions(point, locale, at) },
    where: {
      address: {
        lines: (locale === 'fr' ? (lines.fr ?? lines.en) : (lines.en ?? lines.fr)) ?? [],
        lang: pickedLanguage({ en: lines.en?.[0], fr: lines.fr?.[0] }, locale),
        city: pickText(point.address.city, locale),
        province: point.address.province,
        ...(point.address.postalCode ? { postalCode: point.address.postalCode } : {}),
      },
      coordinates: point.coordinates,
      // coordinates only when exact, else the street address (lib/geo/directions)
      directions: directionsLinks({ coordinates: point.coordinates, address: point.address, name: name.text }, { locale, ...options }),
      phones: point.phones.map((phone) => phone.number),
    },
    hours: hoursView(point, locale, hours.local.date, {
      zone,
      week: hours.week,
      nextVisit: hours.nextVisit,
      officialPage: officialUrl !== undefined,
    }),
    services: servicesView(point, locale, host),
    details: {
      languages: point.officialLanguages ?? [],
      wheelchair: point.accessibility.wheelchair === true,
      signLanguage: (point.accessibility.signLanguage ?? []).map((s) => s.toUpperCase()),
      ...(point.accessibility.parking ? { parking: point.accessibility.parking } : {}),
    },
    source: {
      records: sourceRecords(point.provenance).map((p) => {
        const source = loaded.snapshot.sources.find((s) => s.sourceId === p.sourceId);
        return {
          key: `${p.sourceId}-${p.recordId}`,
          title: source ? picked(source.title, locale) : { text: p.sourceId },
          date: p.sourceDate,
          record: p.recordId,
          licence: licenceText(p.licence, locale),
        };
      }),
      ...(officialUrl ? { officialUrl } : {}),
      placementNote: Boolean(point.coordinates.note),
      reportPath: reportFormPath('location', point.slug, locale),
    },
  };
}

/**
 * One line per record of a source: a source that publishes its points in several files (two snapshots of one map,
 * say) gives the same record once per file, and a reader would see the same line twice.
 */
function sourceRecords(provenance: readonly Provenance[]): Provenance[] {
  const seen = new Set<string>();
  return provenance.filter((p) => {
    const key = `${p.sourceId}-${p.recordId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function hoursView(
  point: ServicePoint,
  locale: Locale,
  today: string,
  at: { zone: string; week: WeekTableDay[]; nextVisit?: OutreachVisit; officialPage: boolean },
): HoursView {
  const { schedule } = point;
  const counterHours =
    schedule.status === 'structured' && (schedule.weekly.length > 0 || schedule.visitRules.length > 0 || schedule.datedVisits.length > 0);
  const upcoming = schedule.datedVisits.filter((v) => v.date >= today).slice(0, VISITS_AHEAD);
  const year = Number(today.slice(0, 4));
  const { calendar } = schedule.holidays;
  const { province } = point.address;
  // Holiday closures only for places whose hours are known: otherwise they would claim knowledge Guichet lacks.
  const holidays =
    schedule.holidays.closes && counterHours
      ? [...closureHolidays(calendar, province, year), ...closureHolidays(calendar, province, year + 1)]
          .filter((h) => h.date >= today)
          .slice(0, HOLIDAYS_AHEAD)
      : [];
  return {
    zone: at.zone,
    ...(counterHours ? { week: at.week } : {}),
    visitRules: schedule.visitRules,
    ...(at.nextVisit ? { nextVisit: at.nextVisit } : {}),
    upcomingVisits: upcoming.length > 1 ? upcoming : [],
    ...(schedule.status === 'text-only' && schedule.text ? { publishedText: picked(schedule.text, locale) } : {}),
    ...(schedule.status === 'none' && schedule.sessions.length === 0
      ? { noHours: point.phones.length > 0 ? ('call' as const) : at.officialPage ? ('no-phone' as const) : ('no-contact' as const) }
      : {}),
    sessions: schedule.sessions.map(({ name, day, opens, closes, text }) =>
      day && opens && closes
        ? { kind: 'scheduled' as const, registered: name === 'registered', day, opens, closes }
        : { kind: 'text' as const, text },
    ),
    closures: schedule.exceptions
      .filter((e) => e.kind === 'closed' && (e.to === undefined || e.to >= today))
      .map((e) => ({ from: e.from, ...(e.to ? { to: e.to } : {}), ...(e.reason ? { reason: picked(e.reason, locale) } : {}) })),
    holidays,
  };
}

/** "express-days-4-9" → express service in 4 to 9 business days; other codes are named by the page (or left out). */
/**
 * A service's features, each said once: "express passports in 3 to 9 business days" says all that "express passports"
 * does, so the plain one goes when both are given.
 */
function serviceFeatures(codes: readonly string[]): ServiceFeature[] {
  const features = [...new Set(codes)].map(serviceFeature);
  const expressDays = features.some((feature) => feature.kind === 'express-days');
  return features.filter((feature) => !(expressDays && feature.kind === 'code' && feature.code === 'express'));
}

function serviceFeature(code: string): ServiceFeature {
  const express = /^express-days-(\d+)-(\d+)$/.exec(code);
  return express ? { kind: 'express-days', from: Number(express[1]), to: Number(express[2]) } : { kind: 'code', code };
}

function servicesView(point: ServicePoint, locale: Locale, host: Organization | undefined): ServicesView {
  const loaded = getSnapshot();
  const byProvider = new Map<string, ServiceAtLocation[]>();
  for (const record of loaded.servicesAtLocationByLocation.get(point.id) ?? []) {
    byProvider.set(record.providerOrganizationId, [...(byProvider.get(record.providerOrganizationId) ?? []), record]);
  }
  const rank = (order: GovernmentOrder | undefined) => GovernmentOrder.options.indexOf(order ?? 'community');
  const providers = [...byProvider]
    .map(([providerId, list]) => ({ provider: loaded.organizationById.get(providerId), list }))
    .sort((a, b) => rank(a.provider?.order) - rank(b.provider?.order))
    .map(({ provider, list }) => ({
      key: provider?.id ?? 'unknown',
      ...(provider ? { provider: { name: pickText(provider.name, locale), order: provider.order } } : {}),
      role:
        provider && host && provider.id !== host.id
          ? { kind: 'at-host' as const, mode: list[0]!.mode, host: pickText(host.name, locale) }
          : { kind: 'own' as const },
      services: list.map((record) => {
        const offered = loaded.serviceById.get(record.serviceId);
        return {
          id: record.id,
          name: offered ? picked(offered.name, locale) : { text: record.serviceId },
          features: serviceFeatures(record.features),
        };
      }),
    }));
  return {
    providers,
    catalogue: catalogueServicesAt(point.id).map((service) => ({
      id: service.id,
      name: service.name[locale],
      path: servicePath(service.id, locale),
    })),
    sameSite: point.sameSiteAs
      .map((id) => loaded.pointById.get(id))
      .filter((other): other is ServicePoint => other !== undefined)
      .map((other) => ({ id: other.id, name: picked(other.name, locale), path: pointPath(other, locale) })),
  };
}
