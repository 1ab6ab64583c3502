import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getSnapshot } from '@/lib/data/server';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { getSearchIndex } from '@/lib/search/server';
import { pointPath, servicePath } from '@/lib/search/present';
import { parseInstant } from '@/lib/search/params';
import { closureHolidays, nextOutreachVisit, openStatusAt, weekTable, zonedDateTime } from '@/lib/hours';
import { formatClock, formatLocalDate, pickText, pickedLanguage, telHref } from '@/lib/i18n-text';
import { tileConfig } from '@/lib/config';
import type { GovernmentOrder, ServicePoint } from '@/lib/model/schema';
import { OpenStatusText } from '@/components/hours/OpenStatusText';
import { ResultsMap } from '@/components/map/ResultsMap';
import type { AppLocale } from '@/i18n/routing';
import { HoursTable } from './_components/HoursTable';
import { cookies, headers } from 'next/headers';
import { TakeAway } from '@/components/share/TakeAway';
import { calendarActions, printedDate, shareablePath } from '@/lib/share/actions';
import { TEXT_ONLY_COOKIE, isTextOnly } from '@/lib/offline/text-only';
import { governmentOfficeJsonLd, serializeJsonLd } from '@/lib/hsds/jsonld';
import { recentReporters } from '@/lib/reports/server';
import { reportFormPath } from '@/lib/reports/listings';
import { directionsLinks, platformOf } from '@/lib/geo/directions';
import { DirectionsLinks } from '@/components/service-points/DirectionsLinks';
import { timeZoneLabel } from '@/lib/display/time-zone';
import { licenceText } from '@/lib/display/licence';
import { staleSince } from '@/lib/search/present';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ at?: string }> };

const ORDER_RANK: Record<GovernmentOrder, number> = { federal: 0, provincial: 1, territorial: 2, municipal: 3, indigenous: 4, community: 5 };

function findPoint(slug: string): ServicePoint | undefined {
  return /^[a-z0-9-]{1,120}$/.test(slug) ? getSnapshot().pointBySlug.get(slug) : undefined;
}


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const point = findPoint(slug);
  if (!point) return {};
  return { title: pickText(point.name, locale) };
}

export default async function LocationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const point = findPoint(slug);
  if (!point) notFound();
  const t = await getTranslations('Location');
  const types = await getTranslations('LocationTypes');
  const orders = await getTranslations('Orders');
  const { at } = await searchParams;
  // `?at=` lets a person (and the tests) check another moment; anything unreadable means now.
  const instant = (at && parseInstant(at)) || new Date();
  const loaded = getSnapshot();
  const hoursInput = { timeZone: point.timeZone, schedule: point.schedule, province: point.address.province };
  const status = openStatusAt(hoursInput, instant);
  const localNow = zonedDateTime(point.timeZone, instant);
  const schedule = point.schedule;
  const hasCounterHours = schedule.status === 'structured' && (schedule.weekly.length > 0 || schedule.visitRules.length > 0 || schedule.datedVisits.length > 0);
  const visit = nextOutreachVisit(hoursInput, instant);
  const upcomingVisits = schedule.datedVisits.filter((v) => v.date >= localNow.date).slice(0, 6);
  const closures = schedule.exceptions.filter((e) => e.kind === 'closed' && (e.to === undefined || e.to >= localNow.date));
  const year = Number(localNow.date.slice(0, 4));
  // Holiday closures only for places whose hours are known: otherwise they would claim knowledge Guichet lacks.
  const holidays = schedule.holidays.closes && hasCounterHours
    ? [...closureHolidays(schedule.holidays.calendar, point.address.province, year), ...closureHolidays(schedule.holidays.calendar, point.address.province, year + 1)]
        .filter((h) => h.date >= localNow.date)
        .slice(0, 4)
    : [];

  const host = loaded.organizationById.get(point.hostOrganizationId);
  const records = loaded.servicesAtLocationByLocation.get(point.id) ?? [];
  const byProvider = new Map<string, typeof records>();
  for (const record of records) byProvider.set(record.providerOrganizationId, [...(byProvider.get(record.providerOrganizationId) ?? []), record]);
  const providerGroups = [...byProvider]
    .map(([providerId, list]) => ({ provider: loaded.organizationById.get(providerId), list }))
    .sort((a, b) => ORDER_RANK[a.provider?.order ?? 'community'] - ORDER_RANK[b.provider?.order ?? 'community']);

  const index = getSearchIndex();
  const pointIndex = index.pointIndexById.get(point.id);
  const catalogue = getCatalogue();
  const catalogueHere = catalogue.catalogue.services.filter((service) => pointIndex !== undefined && index.pointsByService.get(service.id)?.includes(pointIndex));
  const coLocated = point.sameSiteAs.map((id) => loaded.pointById.get(id)).filter((p): p is ServicePoint => p !== undefined);
  const tiles = tileConfig();
  const name = pickText(point.name, locale);
  const lines = (locale === 'fr' ? point.address.lines.fr ?? point.address.lines.en : point.address.lines.en ?? point.address.lines.fr) ?? [];
  const addressLang = pickedLanguage(locale === 'fr' ? { fr: point.address.lines.fr?.[0], en: point.address.lines.en?.[0] } : { en: point.address.lines.en?.[0], fr: point.address.lines.fr?.[0] }, locale);
  // Directions to the door (lib/geo/directions): coordinates only when exact, else the street address.
  const directions = directionsLinks({ coordinates: point.coordinates, address: point.address, name }, { locale, platform: platformOf((await headers()).get('user-agent')) });
  const zone = timeZoneLabel(point.timeZone, locale);
  const dataDate = staleSince(point.provenance.map((p) => p.sourceDate), instant);
  const card = await getTranslations('Card');
  const officialUrl = locale === 'fr' ? point.url?.fr ?? point.url?.en : point.url?.en ?? point.url?.fr;
  const reports = await getTranslations('Reports');
  // Feature codes in words ("express-days-4-9" → "express passports in 4 to 9 business days"); unknown codes are left out.
  const features = (codes: readonly string[]): string[] =>
    codes.flatMap((code) => {
      const express = /^express-days-(\d+)-(\d+)$/.exec(code);
      if (express) return [t('featureExpressDays', { from: Number(express[1]), to: Number(express[2]) })];
      return t.has(`feature.${code}`) ? [t(`feature.${code}`)] : [];
    });
  // never waits more than 1.5 s on the reports database, and shows nothing rather than fail
  const reporters = await recentReporters('location', point.slug);

  // schema.org GovernmentOffice for search engines; the CSP admits this script by the request's nonce.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  // Share, print, calendar and text-only actions (components/share/TakeAway).
  const requestHeaders = await headers();
  const pagePath = requestHeaders.get('x-guichet-path') ?? pointPath(point, locale);
  const pageSearch = requestHeaders.get('x-guichet-search') ?? '';
  const textOnly = isTextOnly(new URLSearchParams(pageSearch).get('text'), (await cookies()).get(TEXT_ONLY_COOKIE)?.value);
  const jsonLd = serializeJsonLd(governmentOfficeJsonLd(point, host, locale, pointPath(point, locale)));

  return (
    <div className="container location">
      {/* eslint-disable-next-line react/no-danger -- JSON-LD must reach the page unescaped; serializeJsonLd escapes <, > and & */}
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <h1 lang={pickedLanguage(point.name, locale) === locale ? undefined : pickedLanguage(point.name, locale)}>{name}</h1>
      <p className="location__type">
        {types(`${point.type}.name`)}
        {host ? <> · {t('siteOf', { host: pickText(host.name, locale), order: orders(host.order) })}</> : null}
      </p>

      <section aria-labelledby="now-heading" className="location__now">
        <h2 id="now-heading" className="visually-hidden">
          {t('statusHeading')}
        </h2>
        <p className="location__status">
          <OpenStatusText status={status} today={localNow.date} />
        </p>
        {status.closureNote ? <p lang={pickedLanguage(status.closureNote, locale)}>{pickText(status.closureNote, locale)}</p> : null}
        <p className="muted">{t('localTime', { zone, time: formatClock(localNow.time, locale) })}</p>
        {dataDate ? <p className="location__age">{card('dataAge', { date: dataDate.slice(0, 4) })}</p> : null}
      </section>

      <TakeAway
        locale={locale}
        path={pagePath}
        search={pageSearch}
        sharePath={shareablePath(pointPath(point, locale), pageSearch)}
        title={name}
        printed={printedDate(instant, point.timeZone, locale)}
        calendar={calendarActions(point, locale, instant)}
        textOnly={textOnly}
      />

      <div className="location__grid">
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('whereHeading')}</h2>
          <address lang={addressLang === locale ? undefined : addressLang}>
            {[...lines, `${pickText(point.address.city, locale)} (${point.address.province})${point.address.postalCode ? ` ${point.address.postalCode}` : ''}`].map((line) => (
              <span key={line} className="address-line">
                {line}
              </span>
            ))}
          </address>
          {point.coordinates.precision !== 'exact' ? (
            <p className="notice">{point.coordinates.precision === 'postal-code' ? t('approximatePostal') : t('approximateLocality')}</p>
          ) : null}
          <p className="location__actions">
            <DirectionsLinks links={directions} name={name} />
            {point.phones.map((phone) => (
              <a key={phone.number} className="button button--secondary" href={telHref(phone.number)}>
                {t('call', { number: phone.number })}
              </a>
            ))}
          </p>
          {directions.destination.kind === 'address' ? <p className="muted">{t('directionsByAddress')}</p> : null}
          <div className="location__map">
            <ResultsMap
              points={[{ id: point.id, lat: point.coordinates.lat, lon: point.coordinates.lon, label: name, href: pointPath(point, locale), approximate: point.coordinates.precision !== 'exact' }]}
              tileUrl={tiles.urlTemplate}
              tileAttribution={tiles.attribution}
              labels={{ region: t('mapLabel'), approximate: t('approximateShort'), origin: name, tilesUnavailable: t('mapTilesUnavailable') }}
              cluster={false}
            />
          </div>
        </section>

        <section aria-labelledby="hours-heading">
          <h2 id="hours-heading">{t('hoursHeading')}</h2>
          {hasCounterHours ? <HoursTable days={weekTable(hoursInput, instant)} caption={t('hoursCaption', { zone })} /> : null}
          {schedule.visitRules.length > 0 ? (
            <ul>
              {schedule.visitRules.map((rule) => (
                <li key={`${rule.day}-${rule.weeks.join()}`}>
                  {t('visitRule', {
                    weeks: rule.weeks.map((w) => t(`nth.${w === -1 ? 'last' : String(w)}`)).join(t('and')),
                    day: t(`weekday.${rule.day}`),
                    from: formatClock(rule.opens, locale),
                    to: formatClock(rule.closes, locale),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          {visit ? <p>{t('nextVisit', { date: formatLocalDate(visit.date, locale), from: formatClock(visit.opensAt.time, locale), to: formatClock(visit.closesAt.time, locale) })}</p> : null}
          {upcomingVisits.length > 1 ? (
            <>
              <h3>{t('upcomingVisits')}</h3>
              <ul>
                {upcomingVisits.map((v) => (
                  <li key={v.date}>{t('visitOn', { date: formatLocalDate(v.date, locale, true), from: formatClock(v.opens, locale), to: formatClock(v.closes, locale) })}</li>
                ))}
              </ul>
            </>
          ) : null}
          {schedule.status === 'text-only' && schedule.text ? (
            <>
              <p>{t('hoursAsPublished')}</p>
              <p className="source-text" lang={pickedLanguage(schedule.text, locale)}>
                {pickText(schedule.text, locale)}
              </p>
            </>
          ) : null}
          {schedule.status === 'none' && schedule.sessions.length === 0 ? <p>{point.phones.length > 0 ? t('noHours') : t('noHoursNoPhone')}</p> : null}
          {schedule.sessions.length > 0 ? (
            <>
              <h3>{t('sessionsHeading')}</h3>
              <p className="muted">{t('sessionsNote')}</p>
              <ul>
                {schedule.sessions.map((session, i) => (
                  <li key={i}>
                    {session.day && session.opens && session.closes
                      ? t('session', {
                          kind: session.name === 'registered' ? t('sessionRegistered') : t('sessionDropIn'),
                          day: t(`weekday.${session.day}`),
                          from: formatClock(session.opens, locale),
                          to: formatClock(session.closes, locale),
                        })
                      : <span lang="en">{session.text}</span>}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {closures.length > 0 ? (
            <>
              <h3>{t('closuresHeading')}</h3>
              <ul>
                {closures.map((c) => (
                  <li key={c.from}>
                    {c.to ? t('closedFromTo', { from: formatLocalDate(c.from, locale, true), to: formatLocalDate(c.to, locale, true) }) : t('closedFrom', { from: formatLocalDate(c.from, locale, true) })}
                    {c.reason ? <span lang={pickedLanguage(c.reason, locale)}> — {pickText(c.reason, locale)}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {holidays.length > 0 ? (
            <>
              <h3>{t('holidaysHeading')}</h3>
              <ul>
                {holidays.map((h) => (
                  <li key={h.date}>
                    {formatLocalDate(h.date, locale, true)} — {h.name[locale]}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t('servicesHeading')}</h2>
        {providerGroups.map(({ provider, list }) => (
          <div key={provider?.id ?? 'unknown'} className="provider-group">
            <h3>
              {provider ? pickText(provider.name, locale) : t('unknownProvider')}
              {provider ? <span className="muted"> · {orders(provider.order)}</span> : null}
            </h3>
            <p className="muted">
              {provider && host && provider.id !== host.id
                ? t(`mode.${list[0]!.mode}`, { host: pickText(host.name, locale) })
                : t('ownCounter')}
            </p>
            <ul>
              {list.map((record) => {
                const offered = loaded.serviceById.get(record.serviceId);
                return (
                  <li key={record.id}>
                    <span lang={offered ? pickedLanguage(offered.name, locale) : undefined}>{offered ? pickText(offered.name, locale) : record.serviceId}</span>
                    {features(record.features).length > 0 ? <span className="muted"> ({features(record.features).join(', ')})</span> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {catalogueHere.length > 0 ? (
          <>
            <h3>{t('catalogueHeading')}</h3>
            <ul className="inline-list">
              {catalogueHere.map((service) => (
                <li key={service.id}>
                  <a href={servicePath(service.id, locale)}>{service.name[locale]}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {coLocated.length > 0 ? (
          <>
            <h3>{t('coLocatedHeading')}</h3>
            <ul>
              {coLocated.map((other) => (
                <li key={other.id}>
                  <a href={pointPath(other, locale)} lang={pickedLanguage(other.name, locale) === locale ? undefined : pickedLanguage(other.name, locale)}>
                    {pickText(other.name, locale)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('detailsHeading')}</h2>
        <dl className="details">
          <dt>{t('languages')}</dt>
          <dd>{point.officialLanguages?.length ? point.officialLanguages.map((l) => t(`language.${l}`)).join(t('and')) : t('notStated')}</dd>
          <dt>{t('wheelchair')}</dt>
          <dd>{point.accessibility.wheelchair === true ? t('yes') : t('notStated')}</dd>
          {point.accessibility.signLanguage?.length ? (
            <>
              <dt>{t('signLanguage')}</dt>
              <dd>{point.accessibility.signLanguage.map((s) => s.toUpperCase()).join(', ')}</dd>
            </>
          ) : null}
          {point.accessibility.parking ? (
            <>
              <dt>{t('parking')}</dt>
              <dd>{t(`parkingKind.${point.accessibility.parking}`)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="source-heading" className="location__source">
        <h2 id="source-heading">{t('sourceHeading')}</h2>
        <ul>
          {point.provenance.map((p) => {
            const source = loaded.snapshot.sources.find((s) => s.sourceId === p.sourceId);
            return (
              <li key={`${p.sourceId}-${p.recordId}`}>
                <span lang={source ? pickedLanguage(source.title, locale) : undefined}>{source ? pickText(source.title, locale) : p.sourceId}</span>
                {' — '}
                {t('sourceFacts', { date: p.sourceDate, record: p.recordId })} {licenceText(p.licence, locale)}
              </li>
            );
          })}
        </ul>
        {officialUrl?.startsWith('https://') ? (
          <p>
            <a href={officialUrl} rel="noopener noreferrer">
              {t('officialPage')}
            </a>
          </p>
        ) : null}
        {point.coordinates.note ? <p className="muted">{t('placementNote')}</p> : null}
        {reporters > 0 ? <p className="notice">{reports('recent', { count: reporters })}</p> : null}
        <p>
          <a href={reportFormPath('location', point.slug, locale)}>{reports('link')}</a>
        </p>
      </section>
    </div>
  );
}
