import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getService, lifeEventSlug } from '@/lib/catalogue/catalogue';
import { searchRequest } from '@/lib/search/server';
import { ServicePointCard } from '@/components/service-points/ServicePointCard';
import { telHref } from '@/lib/i18n-text';
import { isProvinceCode } from '@/lib/model/schema';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { reportFormPath } from '@/lib/reports/listings';
import { locationTypeName } from '@/lib/model/location-types';
import { OtherLanguageNote } from '@/components/services/OtherLanguageNote';

/** Places listed for a service near a place. */
const NEAREST = 5;

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ near?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const service = getService(id, locale);
  return service ? { title: service.name, description: service.description } : {};
}

export default async function ServicePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const service = getService(id, locale);
  if (!service) notFound();
  const t = await getTranslations('Service');
  const orders = await getTranslations('Orders');
  const provinces = await getTranslations('Provinces');
  const rawNear = (await searchParams).near;
  const near = (Array.isArray(rawNear) ? rawNear[0] : rawNear)?.slice(0, 120).trim() ?? '';
  const nearest =
    near && service.inPerson
      ? searchRequest(new URLSearchParams({ near, limit: String(NEAREST) }), { lang: locale, serviceId: service.id })
      : null;
  // a place the search cannot read (control characters) is a place not found, like one it cannot place
  const view = nearest ? (nearest.ok ? nearest.view : { place: null, results: [] }) : null;
  const action = getPathname({ href: { pathname: '/services/[id]', params: { id: service.id } }, locale });
  const { online, phones, inPerson, offices } = service.channels;
  const { applications } = service;
  const topChannel = applications?.channels[0];
  const numberLocale = locale === 'fr' ? 'fr-CA' : 'en-CA';
  const numberFormat = new Intl.NumberFormat(numberLocale);
  const percentFormat = new Intl.NumberFormat(numberLocale, { style: 'percent', maximumFractionDigits: 0 });
  // A channel with a handful of applications among millions reads "<1%", never "0%".
  const formatShare = (share: number): string => (share < 0.005 ? `< ${percentFormat.format(0.01)}` : percentFormat.format(share));
  return (
    <div className="container">
      <h1>{service.name}</h1>
      <p className="lead">{service.description}</p>
      <p>{t('providedBy', { organization: service.organization.name, order: orders(service.order) })}</p>
      {service.notAvailableIn.length > 0 ? (
        <section aria-labelledby="rules-heading" className="notice">
          <h2 id="rules-heading">{t('provincialRules')}</h2>
          <ul>
            {service.notAvailableIn.map((rule) => (
              <li key={rule.provinces.join('-')}>
                <p>
                  <strong>{rule.provinces.map((code) => (isProvinceCode(code) ? provinces(code) : code)).join(', ')}</strong>
                  {locale === 'fr' ? ' : ' : ': '}
                  {rule.note}
                </p>
                {rule.replacedBy.length > 0 ? (
                  <p>
                    {t('replacedByLabel')}{' '}
                    {rule.replacedBy.map((replacement, n) => (
                      <span key={replacement.id}>
                        {n > 0 ? ', ' : null}
                        <a href={getPathname({ href: { pathname: '/services/[id]', params: { id: replacement.id } }, locale })}>
                          {replacement.name}
                        </a>
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{t('howToGet')}</h2>
      <section aria-labelledby="online-heading">
        <h3 id="online-heading">{t('online')}</h3>
        {online ? (
          <p>
            <a href={online.url} rel="noopener noreferrer" hrefLang={online.language}>
              {t('onlineLink', { service: service.name })}
            </a>
            <OtherLanguageNote language={online.language} />
          </p>
        ) : (
          <p>{t('noOnline')}</p>
        )}
      </section>
      <section aria-labelledby="phone-heading">
        <h3 id="phone-heading">{t('phone')}</h3>
        {phones.length > 0 ? (
          <ul>
            {phones.map((phone) => (
              <li key={phone.number}>
                {phone.label ? <>{phone.label} : </> : null}
                <a href={telHref(phone.number)}>{phone.number}</a>
                {phone.hours ? <span className="muted"> ({phone.hours})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noPhone')}</p>
        )}
      </section>
      <section aria-labelledby="in-person-heading">
        <h3 id="in-person-heading">{t('inPerson')}</h3>
        {inPerson ? (
          <>
            <p>
              {t('inPersonAt', { types: inPerson.locationTypes.map((type) => locationTypeName(type, locale)).join(', ') })}
              {inPerson.someLocationsOnly ? ` ${t('someLocationsOnly')}` : ''}
            </p>
            {inPerson.note ? <p>{inPerson.note}</p> : null}
            <form method="get" action={action} className="inline-form">
              <div className="field">
                <label htmlFor="near">{t('nearLabel')}</label>
                <input id="near" name="near" type="text" defaultValue={near} autoComplete="postal-code" maxLength={120} />
              </div>
              <button type="submit" className="button">
                {t('findNearest')}
              </button>
            </form>
            {view && view.place?.status !== 'resolved' && near ? (
              <p className="notice" role="status">
                {t('placeNotFound')}
              </p>
            ) : null}
            {view && view.results.length > 0 ? (
              <ol className="result-list">
                {view.results.map((result) => (
                  <li key={result.id}>
                    <ServicePointCard result={result} />
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        ) : offices ? null : (
          <p>{t('noInPerson')}</p>
        )}
        {offices ? (
          <>
            <p>{t('officesAt')}</p>
            {offices.note ? <p>{offices.note}</p> : null}
          </>
        ) : null}
        {offices && service.officeFinder ? (
          <p>
            <a href={service.officeFinder.url} rel="noopener noreferrer" hrefLang={service.officeFinder.language}>
              {t('officeFinder', { label: service.officeFinder.label })}
            </a>
            <OtherLanguageNote language={service.officeFinder.language} />
          </p>
        ) : null}
      </section>

      {applications && topChannel ? (
        <section aria-labelledby="applications-heading">
          <h2 id="applications-heading">{t('applicationsHeading')}</h2>
          <p>
            <strong>
              {t(topChannel.share >= 0.5 ? 'applicationsMost' : 'applicationsLargest', {
                channel: t(`applicationChannels.${topChannel.channel}`),
                share: formatShare(topChannel.share),
                fiscalYear: applications.fiscalYear,
              })}
            </strong>
          </p>
          <p>{t('applicationsTotal', { count: numberFormat.format(applications.total), fiscalYear: applications.fiscalYear })}</p>
          <ul>
            {applications.channels.map((entry) => (
              <li key={entry.channel}>
                {t('applicationsChannelShare', {
                  channel: t(`applicationChannels.${entry.channel}`),
                  share: formatShare(entry.share),
                  count: numberFormat.format(entry.count),
                })}
              </li>
            ))}
          </ul>
          <p className="muted">{t('applicationsSource', { recordId: applications.recordId })}</p>
        </section>
      ) : null}

      {service.lifeEvents.length > 0 ? (
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{t('lifeEvents')}</h2>
          <ul className="inline-list">
            {service.lifeEvents.map((event) => (
              <li key={event.id}>
                <a href={getPathname({ href: { pathname: '/life-events/[id]', params: { id: lifeEventSlug(event.id, locale) } }, locale })}>
                  {event.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading" className="location__source">
        <h2 id="sources-heading">{t('sources')}</h2>
        <ul>
          {service.sources.map((source) => (
            <li key={source.id}>
              <span lang="en">
                {source.publisher}: {source.title}
              </span>
              {source.url ? (
                <>
                  {' '}
                  <a href={source.url} rel="noopener noreferrer">
                    {t('sourceLink')}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <p>
          <a href={reportFormPath('service', service.id, locale)}>{(await getTranslations('Reports'))('link')}</a>
        </p>
      </section>
    </div>
  );
}
