import { useLocale, useTranslations } from 'next-intl';
import { ResultsMap } from '@/components/map/ResultsMap';
import { DirectionsLinks } from '@/components/service-points/DirectionsLinks';
import { tileConfig } from '@/lib/config';
import { telHref } from '@/lib/i18n-text';
import type { LocationView } from '@/lib/locations/view';
import type { Locale } from '@/lib/model/schema';

/** The address, directions, phone numbers and a map that loads only once it is in view or asked for (components/map). */
export function WhereSection({ id, name, path, where }: { id: string; name: string; path: string; where: LocationView['where'] }) {
  const t = useTranslations('Location');
  const locale = useLocale() as Locale;
  const { address, coordinates, directions } = where;
  const tiles = tileConfig();
  const cityLine = `${address.city} (${address.province})${address.postalCode ? ` ${address.postalCode}` : ''}`;
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">{t('whereHeading')}</h2>
      <address lang={address.lang === locale ? undefined : address.lang}>
        {[...address.lines, cityLine].map((line) => (
          <span key={line} className="address-line">
            {line}
          </span>
        ))}
      </address>
      {coordinates.precision !== 'exact' ? (
        <p className="notice">{coordinates.precision === 'postal-code' ? t('approximatePostal') : t('approximateLocality')}</p>
      ) : null}
      <p className="location__actions">
        <DirectionsLinks links={directions} name={name} />
        {where.phones.map((phone) => (
          <a key={phone} className="button button--secondary" href={telHref(phone)}>
            {t('call', { number: phone })}
          </a>
        ))}
      </p>
      {directions.destination.kind === 'address' ? <p className="muted">{t('directionsByAddress')}</p> : null}
      <div className="location__map">
        <ResultsMap
          points={[
            { id, lat: coordinates.lat, lon: coordinates.lon, label: name, href: path, approximate: coordinates.precision !== 'exact' },
          ]}
          tileUrl={tiles.urlTemplate}
          tileAttribution={tiles.attribution}
          labels={{ region: t('mapLabel'), approximate: t('approximateShort'), origin: name, tilesUnavailable: t('mapTilesUnavailable') }}
          cluster={false}
          loading="in-view"
        />
      </div>
    </section>
  );
}
