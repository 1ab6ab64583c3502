'use client';

import { useEffect } from 'react';

/**
 * Registers the offline service worker (/sw.js, same origin, allowed by the page's worker-src 'self'). It is an
 * enhancement only: every page works without it and without JavaScript. Registration sends nothing about the person.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    // Not in development: cached scripts would hide code changes.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
    const register = () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => undefined);
    };
    if (document.readyState === 'complete') register();
    else {
      window.addEventListener('load', register, { once: true });
      return () => window.removeEventListener('load', register);
    }
  }, []);
  return null;
}
