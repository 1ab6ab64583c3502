'use client';

import { useState, useSyncExternalStore } from 'react';

/**
 * "Use my location": shown only when JavaScript and geolocation exist. The position is rounded to about 100 m
 * before it leaves the browser, and is sent only as the lat/lon of this search.
 */
const subscribeToNothing = () => () => undefined;

export function UseMyLocation({
  formId,
  label,
  busyLabel,
  deniedLabel,
}: {
  formId: string;
  label: string;
  busyLabel: string;
  deniedLabel: string;
}) {
  // unknown on the server, so the button never appears where it cannot work (without JavaScript or geolocation)
  const support = useSyncExternalStore(
    subscribeToNothing,
    () => ('geolocation' in navigator ? 'yes' : 'no'),
    () => 'unknown',
  );
  const [state, setState] = useState<'idle' | 'busy' | 'denied'>('idle');
  if (support === 'no') return null;
  // Until hydration, its place is kept (invisible; none without JavaScript), so the form below does not move.
  if (support === 'unknown') {
    return (
      <div className="use-location script-placeholder" aria-hidden="true">
        <span className="button button--secondary">{label}</span>
        <p className="muted" />
      </div>
    );
  }
  const locate = () => {
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const form = document.getElementById(formId) as HTMLFormElement | null;
        if (!form) return;
        const set = (name: string, value: string) => {
          let input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
          if (!input) {
            input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            form.appendChild(input);
          }
          input.value = value;
        };
        set('lat', position.coords.latitude.toFixed(3));
        set('lon', position.coords.longitude.toFixed(3));
        const near = form.querySelector<HTMLInputElement>('input[name="near"]');
        if (near) near.value = '';
        form.requestSubmit();
      },
      () => setState('denied'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  };
  return (
    <div className="use-location">
      <button type="button" className="button button--secondary" onClick={locate} disabled={state === 'busy'}>
        {state === 'busy' ? busyLabel : label}
      </button>
      <p role="status" className="muted">
        {state === 'denied' ? deniedLabel : ''}
      </p>
    </div>
  );
}
