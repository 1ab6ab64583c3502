'use client';

import { useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { LeafletMapProps } from './LeafletMap';
import type { MapPoint } from './types';

/** Leaflet touches `window`, so it loads only in the browser and only on pages that show a map. */
const LeafletMap = dynamic(() => import('./LeafletMap'), {
  ssr: false,
  loading: () => <div className="map map--loading" aria-hidden="true" />,
});

const TEXT_ONLY_COOKIE = 'guichet-text-only';

/** Text-only mode (lib/offline/text-only.ts): the URL says so, or the choice remembered in a cookie. */
function textOnlyChosen(): boolean {
  const param = new URLSearchParams(window.location.search).get('text');
  if (param === '1' || param === '0') return param === '1';
  return document.cookie.split(';').some((part) => part.trim() === `${TEXT_ONLY_COOKIE}=1`);
}

/**
 * When the map loads by itself: 'near' as it comes within 200 px of the screen (beside a long list, so it is drawn by
 * the time the person reaches it); 'in-view' only once half of it is on the screen (one point on a page that says
 * where it is in words: Leaflet stays off the first screen of a phone, where it was most of the page's script work).
 */
export type MapLoading = 'near' | 'in-view';

const OBSERVER_OPTIONS: Record<MapLoading, IntersectionObserverInit> = {
  near: { rootMargin: '200px 0px' },
  'in-view': { threshold: 0.5 },
};

/** Points given with the page, or where to fetch them when the map is shown (a same-origin, cacheable API answer). */
export type MapPointsSource = MapPoint[] | { url: string };

type FetchedPoints = { state: 'loading' } | { state: 'loaded'; points: MapPoint[] } | { state: 'failed' };

/** The points of a source, fetched only once `wanted` (the map is shown); points given with the page at once. */
function usePoints(source: MapPointsSource, wanted: boolean): FetchedPoints {
  const url = Array.isArray(source) ? null : source.url;
  const [fetched, setFetched] = useState<{ url: string; result: FetchedPoints } | null>(null);
  useEffect(() => {
    if (!wanted || url === null) return;
    let cancelled = false;
    fetch(url, { headers: { Accept: 'application/json' } })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ points: MapPoint[] }>) : Promise.reject(new Error(String(response.status))),
      )
      .then((body) => {
        if (!cancelled) setFetched({ url, result: { state: 'loaded', points: body.points } });
      })
      .catch(() => {
        if (!cancelled) setFetched({ url, result: { state: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [url, wanted]);
  if (Array.isArray(source)) return { state: 'loaded', points: source };
  return fetched?.url === url ? fetched.result : { state: 'loading' };
}

const NO_POINTS: MapPoint[] = [];

/**
 * Light on data: the map (Leaflet and its tiles) loads only when it comes near or into view, or when asked for with
 * the button; in text-only mode it does not load at all. The list beside it carries the same information.
 */
export function DeferredMap({
  deferral,
  loading,
  points: source,
  ...props
}: Omit<LeafletMapProps, 'points'> & {
  points: MapPointsSource;
  deferral: { note: string; loadMap: string; unavailable: string };
  loading: MapLoading;
}) {
  // 'server': as rendered without JavaScript (no map at all); 'waiting': until the map nears the screen or is asked for.
  const [state, setState] = useState<'server' | 'waiting' | 'shown' | 'text-only'>('server');
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the choice lives in the URL and a cookie
    setState(textOnlyChosen() ? 'text-only' : typeof IntersectionObserver === 'undefined' ? 'shown' : 'waiting');
  }, []);

  useEffect(() => {
    const element = placeholder.current;
    if (state !== 'waiting' || !element) return;
    const observer = new IntersectionObserver((entries) => {
      const minimum = loading === 'in-view' ? 0.5 : 0;
      if (entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= minimum)) {
        setState('shown');
        observer.disconnect();
      }
    }, OBSERVER_OPTIONS[loading]);
    observer.observe(element);
    return () => observer.disconnect();
  }, [state, loading]);

  const points = usePoints(source, state === 'shown');

  if (state === 'shown') {
    // Leaflet's script and the points load side by side; the markers are drawn when the points arrive.
    if (points.state === 'failed')
      return (
        <div className="map map--deferred" role="status">
          <p className="map__deferred-note">{deferral.unavailable}</p>
        </div>
      );
    return <LeafletMap {...props} points={points.state === 'loaded' ? points.points : NO_POINTS} />;
  }
  if (state === 'text-only') return null;
  // Without JavaScript there is no map: nothing is drawn (no blank grey box); the list carries the same information.
  if (state === 'server') return <div ref={placeholder} className="map-placeholder" aria-hidden="true" />;
  return (
    <div ref={placeholder} className="map map--deferred" data-map-deferred="">
      <p className="map__deferred-note">{deferral.note}</p>
      <button type="button" className="button button--secondary" onClick={() => setState('shown')}>
        {deferral.loadMap}
      </button>
    </div>
  );
}
