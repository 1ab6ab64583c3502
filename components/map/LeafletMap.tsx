'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, MapContainer, Marker, TileLayer, useMap } from 'react-leaflet';
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { FeatureCollection } from 'geojson';
import type { MapLabels, MapPoint } from './types';

export interface LeafletMapProps {
  points: MapPoint[];
  origin?: { lat: number; lon: number } | null;
  tileUrl: string;
  tileAttribution: string;
  labels: MapLabels;
  /** id of the server-rendered list whose items carry data-point-id, kept in sync with the markers */
  listId?: string;
  /** clusters only help when there are many points */
  cluster: boolean;
  /** the points the view frames (the page of results); all points when absent */
  frameIds?: string[];
}

function markerIcon(point: MapPoint, selected: boolean): L.DivIcon {
  const classes = ['map-marker', point.approximate ? 'map-marker--approximate' : '', selected ? 'map-marker--selected' : ''].join(' ');
  return L.divIcon({ className: classes, html: '', iconSize: [22, 22], iconAnchor: [11, 11] });
}

const originIcon = L.divIcon({ className: 'map-origin', html: '', iconSize: [16, 16], iconAnchor: [8, 8] });

function FitBounds({
  points,
  origin,
  frameIds,
}: {
  points: MapPoint[];
  origin?: { lat: number; lon: number } | null;
  frameIds?: string[];
}) {
  const map = useMap();
  useEffect(() => {
    const framed = frameIds ? points.filter((p) => frameIds.includes(p.id)) : points;
    const latLngs = framed.map((p) => L.latLng(p.lat, p.lon));
    if (origin) latLngs.push(L.latLng(origin.lat, origin.lon));
    if (latLngs.length === 1) map.setView(latLngs[0]!, 12);
    else if (latLngs.length > 1) map.fitBounds(L.latLngBounds(latLngs), { padding: [24, 24], maxZoom: 14 });
  }, [map, points, origin, frameIds]);
  return null;
}

/** Markers, clustered when there are many, each a keyboard-focusable link target synced with the list. */
function Markers({
  points,
  selectedId,
  onSelect,
  labels,
  cluster,
}: {
  points: MapPoint[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  labels: MapLabels;
  cluster: boolean;
}) {
  const map = useMap();
  // Built once per set of points; a new selection only restyles them, so an open popup (the clicked marker's link) stays.
  const built = useRef<{ group: L.LayerGroup; markers: Map<string, L.Marker>; points: Map<string, MapPoint> } | null>(null);
  useEffect(() => {
    const group = cluster ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 }) : L.layerGroup();
    const markers = new Map<string, L.Marker>();
    for (const point of points) {
      const title = point.approximate ? `${point.label} (${labels.approximate})` : point.label;
      // Markers are not tab stops (78 of them stood between the last card and "Next"): the list is the keyboard path,
      // and the map itself is one stop. Every marker still names its place, on hover and in its popup link.
      const marker = L.marker([point.lat, point.lon], { icon: markerIcon(point, false), title, alt: title, keyboard: false });
      marker.bindTooltip(title, { direction: 'top', offset: [0, -10] });
      // The popup is built from DOM nodes with textContent: names from feeds never become markup.
      const link = document.createElement('a');
      link.href = point.href;
      link.textContent = title;
      marker.bindPopup(link);
      marker.on('click keypress', () => onSelect(point.id));
      markers.set(point.id, marker);
      group.addLayer(marker);
    }
    // Cluster icons are markers too, with keyboard on by default: they leave the tab order as they are drawn, and
    // say which places they hold ("12 — Place A, Place B, Place C, …") rather than a bare coloured count.
    const untab = (event: L.LeafletEvent & { layer?: L.Layer }) => {
      if (!(event.layer instanceof L.Marker)) return;
      const element = event.layer.getElement();
      element?.setAttribute('tabindex', '-1');
      const cluster = event.layer as L.Marker & { getAllChildMarkers?: () => L.Marker[] };
      if (element && typeof cluster.getAllChildMarkers === 'function') {
        const names = cluster
          .getAllChildMarkers()
          .map((child) => child.options.title ?? '')
          .filter(Boolean);
        element.setAttribute('title', `${names.length} — ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}`);
      }
    };
    map.on('layeradd', untab);
    map.addLayer(group);
    built.current = { group, markers, points: new Map(points.map((point) => [point.id, point])) };
    return () => {
      map.off('layeradd', untab);
      map.removeLayer(group);
      built.current = null;
    };
  }, [map, points, onSelect, labels, cluster]);

  useEffect(() => {
    const current = built.current;
    if (!current) return;
    const selected = selectedId ? current.markers.get(selectedId) : undefined;
    for (const [id, marker] of current.markers) {
      const point = current.points.get(id)!;
      const wasSelected = (marker.options.icon?.options.className ?? '').includes('map-marker--selected');
      if (wasSelected !== (id === selectedId)) marker.setIcon(markerIcon(point, id === selectedId));
    }
    // A selected point hidden inside a cluster marks its cluster instead, again whenever zooming redraws the clusters
    // (the view is framed once the points arrive, which may be after a result was chosen).
    const group = current.group;
    if (!(group instanceof L.MarkerClusterGroup)) return;
    const markCluster = () => {
      for (const element of document.querySelectorAll('.marker-cluster--selected')) element.classList.remove('marker-cluster--selected');
      const parent = selected ? group.getVisibleParent(selected) : null;
      if (parent && parent !== selected) (parent as L.Marker).getElement()?.classList.add('marker-cluster--selected');
    };
    markCluster();
    map.on('zoomend', markCluster);
    group.on('animationend', markCluster);
    return () => {
      map.off('zoomend', markCluster);
      group.off('animationend', markCluster);
    };
  }, [map, selectedId, points]);
  return null;
}

function TileFallback({ url, attribution, onError }: { url: string; attribution: string; onError: () => void }) {
  return <TileLayer url={url} attribution={attribution} eventHandlers={{ tileerror: onError }} />;
}

export default function LeafletMap({ points, origin, tileUrl, tileAttribution, labels, listId, cluster, frameIds }: LeafletMapProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [outline, setOutline] = useState<FeatureCollection | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const listRef = useRef<HTMLElement | null>(null);

  // Province outlines keep the map readable when tiles cannot load (offline, blocked).
  useEffect(() => {
    let cancelled = false;
    fetch('/api/v1/boundaries')
      .then((response) => (response.ok ? response.json() : null))
      .then((data: FeatureCollection | null) => {
        if (!cancelled && data) setOutline(data);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  // List → map: focusing or hovering a result highlights its marker.
  useEffect(() => {
    if (!listId) return;
    const list = document.getElementById(listId);
    listRef.current = list;
    if (!list) return;
    const pick = (event: Event) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[data-point-id]');
      if (item?.dataset.pointId) setSelectedId(item.dataset.pointId);
    };
    list.addEventListener('focusin', pick);
    list.addEventListener('mouseover', pick);
    return () => {
      list.removeEventListener('focusin', pick);
      list.removeEventListener('mouseover', pick);
    };
  }, [listId]);

  // Map → list: choosing a marker marks its result and brings it into view.
  const selectFromMap = useMemo(
    () => (id: string) => {
      setSelectedId(id);
      const list = listRef.current;
      if (!list) return;
      for (const item of list.querySelectorAll<HTMLElement>('[data-point-id]')) item.removeAttribute('data-selected');
      const item = list.querySelector<HTMLElement>(`[data-point-id="${CSS.escape(id)}"]`);
      if (item) {
        item.setAttribute('data-selected', 'true');
        item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        item.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
      }
    },
    [],
  );

  const isTouch = typeof window !== 'undefined' && window.matchMedia('(pointer: coarse)').matches;

  return (
    <div className="map-frame" role="region" aria-label={labels.region}>
      <MapContainer
        className="map"
        center={[56, -96]}
        zoom={4}
        scrollWheelZoom={false}
        // One finger scrolls the page on a phone; the zoom buttons still work.
        dragging={!isTouch}
        touchZoom
        keyboard
        attributionControl
      >
        <TileFallback url={tileUrl} attribution={tileAttribution} onError={() => setTilesFailed(true)} />
        {outline ? <GeoJSON data={outline} style={{ color: '#4a4a4a', weight: 1, fill: false }} interactive={false} /> : null}
        {origin ? (
          <Marker position={[origin.lat, origin.lon]} icon={originIcon} title={labels.origin} alt={labels.origin} keyboard={false} />
        ) : null}
        <Markers points={points} selectedId={selectedId} onSelect={selectFromMap} labels={labels} cluster={cluster} />
        <FitBounds points={points} origin={origin} frameIds={frameIds} />
      </MapContainer>
      {tilesFailed ? <p className="map-note">{labels.tilesUnavailable}</p> : null}
    </div>
  );
}
