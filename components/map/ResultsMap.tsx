import { useTranslations } from 'next-intl';
import { DeferredMap } from './DeferredMap';
import type { LeafletMapProps } from './LeafletMap';

/** The map beside a list of points. Its words are translated here, on the server, so the browser needs no catalogue. */
export function ResultsMap(props: LeafletMapProps) {
  const t = useTranslations('TakeAway');
  return <DeferredMap {...props} deferral={{ note: t('mapDeferred'), loadMap: t('loadMap') }} />;
}
