import { useTranslations } from 'next-intl';
import { DeferredMap, type MapLoading, type MapPointsSource } from './DeferredMap';
import type { LeafletMapProps } from './LeafletMap';

/** The map beside a list of points. Its words are translated here, on the server, so the browser needs no catalogue. */
export function ResultsMap({
  loading = 'near',
  ...props
}: Omit<LeafletMapProps, 'points'> & { points: MapPointsSource; loading?: MapLoading }) {
  const t = useTranslations('TakeAway');
  return (
    <DeferredMap
      {...props}
      loading={loading}
      deferral={{ note: t('mapDeferred'), loadMap: t('loadMap'), unavailable: t('mapPointsUnavailable') }}
    />
  );
}
