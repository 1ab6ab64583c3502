'use client';

import dynamic from 'next/dynamic';
import type { LeafletMapProps } from './LeafletMap';

/** Leaflet touches `window`, so it loads only in the browser and only on pages that show a map. */
const LeafletMap = dynamic(() => import('./LeafletMap'), { ssr: false, loading: () => <div className="map map--loading" aria-hidden="true" /> });

export function ResultsMap(props: LeafletMapProps) {
  return <LeafletMap {...props} />;
}
