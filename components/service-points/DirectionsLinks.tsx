import { useTranslations } from 'next-intl';
import type { DirectionsLinks as Links } from '@/lib/geo/directions';

/**
 * Directions to a point in the person's choice of map: the platform's default, OpenStreetMap, or a `geo:` link that a
 * phone opens in its own map app. Built by lib/geo/directions (coordinates only when exact, else the street address).
 */
export function DirectionsLinks({ links, name }: { links: Links; name: string }) {
  const t = useTranslations('Card');
  return (
    <span className="directions">
      <a className="button" href={links.default} rel="noopener noreferrer" aria-label={t('directionsLabel', { name })}>
        {t('directions')}
      </a>
      <span className="directions__others">
        <a href={links.openStreetMap} rel="noopener noreferrer" aria-label={`${t('directionsOsm')} — ${t('directionsLabel', { name })}`}>
          {t('directionsOsm')}
        </a>
        <a href={links.geo} aria-label={`${t('directionsGeo')} — ${t('directionsLabel', { name })}`}>
          {t('directionsGeo')}
        </a>
      </span>
    </span>
  );
}
