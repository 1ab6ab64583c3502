'use client';

import { useEffect } from 'react';

/**
 * After a search is submitted the page reloads with new results: move focus to their summary so keyboard and
 * screen-reader users land on what changed, not at the top of the page. Skipped on a fresh visit without a query.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (!window.location.search) return;
    // A page of results opened from "Next" lands at the list it asked for (#places-heading), not at the top.
    const hashed = window.location.hash.length > 1 ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (hashed) {
      if (!hashed.hasAttribute('tabindex')) hashed.setAttribute('tabindex', '-1');
      hashed.focus({ preventScroll: true });
      hashed.scrollIntoView({ block: 'start' });
      return;
    }
    const target = document.getElementById(targetId);
    if (!target) return;
    target.focus({ preventScroll: true });
    // Scroll only when the summary is off screen, so a click already on its way is not moved under the pointer.
    const { top, bottom } = target.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) target.scrollIntoView({ block: 'start' });
  }, [targetId]);
  return null;
}
