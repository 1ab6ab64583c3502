import { useLocale, useTranslations } from 'next-intl';
import type { LocatedResultView } from '@/lib/search/present';
import { OpenStatusText } from '../hours/OpenStatusText';
import { telHref } from '@/lib/i18n-text';
import { DirectionsLinks } from './DirectionsLinks';
import { locationTypeName } from '@/lib/model/location-types';
import type { Locale } from '@/lib/model/schema';

/** One result: what and where, who provides it and whose site it is, how far, and whether it is open. */
export function ServicePointCard({
  result,
  headingLevel = 3,
  showZone = false,
}: {
  result: LocatedResultView;
  headingLevel?: 2 | 3;
  showZone?: boolean;
}) {
  const t = useTranslations('Card');
  const locale = useLocale() as Locale;
  const orders = useTranslations('Orders');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const providers = result.providers.filter((p) => p.id !== result.host?.id);
  return (
    <article className="card">
      <Heading className="card__title">
        <a href={result.path}>{result.name}</a>
      </Heading>
      <p className="card__meta">
        {locationTypeName(result.type, locale)}
        {result.distance.show === 'exact' ? <> · {t('distance', { km: result.distance.km })}</> : null}
        {result.distance.show === 'approximate' ? <> · {t('distanceApproximate', { km: result.distance.km })}</> : null}
        {result.approximate ? (
          <>
            {' '}
            <span className="tag status-warn">
              {result.precision === 'postal-code' ? t('approximatePostal') : t('approximateLocality')}
            </span>
          </>
        ) : null}
      </p>
      <p className="card__status">
        <OpenStatusText status={result.status} today={result.localDate} />
        {showZone ? <span className="muted"> · {t('timeShown', { zone: result.timeZoneLabel })}</span> : null}
      </p>
      <p className="card__address">{[...result.address.lines, `${result.address.city} (${result.address.province})`].join(', ')}</p>
      <div className="card__actions">
        {/* "Call" only with a number to call */}
        {result.phone ? (
          <a className="button button--secondary" href={telHref(result.phone)}>
            {t('call', { number: result.phone })}
          </a>
        ) : null}
        <DirectionsLinks links={result.directions} name={result.name} />
      </div>
      {result.dataDate ? <p className="card__age">{t('dataAge', { date: result.dataDate.slice(0, 4) })}</p> : null}
      {result.host ? (
        <p className="card__roles">
          {providers.length > 0
            ? t('offeredByAt', { providers: providers.map((p) => `${p.name} (${orders(p.order)})`).join(', '), host: result.host.name })
            : t('providedBy', { host: `${result.host.name} (${orders(result.host.order)})` })}
        </p>
      ) : null}
      {result.services.length > 0 ? (
        <p className="card__services">{t('offersHere', { services: result.services.map((s) => s.name).join(', ') })}</p>
      ) : null}
    </article>
  );
}
