import { useTranslations } from 'next-intl';
import type { LocatedResultView } from '@/lib/search/present';
import { OpenStatusText } from '../hours/OpenStatusText';

/** One result: what and where, who provides it and whose site it is, how far, and whether it is open. */
export function ServicePointCard({ result, headingLevel = 3 }: { result: LocatedResultView; headingLevel?: 2 | 3 }) {
  const t = useTranslations('Card');
  const types = useTranslations('LocationTypes');
  const orders = useTranslations('Orders');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const providers = result.providers.filter((p) => p.id !== result.host?.id);
  return (
    <article className="card">
      <Heading className="card__title">
        <a href={result.path}>{result.name}</a>
      </Heading>
      <p className="card__meta">
        {types(`${result.type}.name`)}
        {result.distanceKm !== null ? <> · {t('distance', { km: result.distanceKm })}</> : null}
        {result.approximate ? (
          <>
            {' '}
            <span className="tag status-warn">{result.precision === 'postal-code' ? t('approximatePostal') : t('approximateLocality')}</span>
          </>
        ) : null}
      </p>
      <p className="card__address">
        {[...result.address.lines, `${result.address.city} (${result.address.province})`].join(', ')}
      </p>
      <p className="card__status">
        <OpenStatusText status={result.status} today={result.localDate} />
      </p>
      {result.host ? (
        <p className="card__roles">
          {providers.length > 0
            ? t('offeredByAt', { providers: providers.map((p) => `${p.name} (${orders(p.order)})`).join(', '), host: result.host.name })
            : t('providedBy', { host: `${result.host.name} (${orders(result.host.order)})` })}
        </p>
      ) : null}
      {result.services.length > 0 ? <p className="card__services">{t('offersHere', { services: result.services.map((s) => s.name).join(', ') })}</p> : null}
    </article>
  );
}
