'use client';

import { useEffect } from 'react';

/**
 * After a search is submitted the page reloads with new results: move focus to their summary so keyboard and
 * screen-reader users land on what changed, not at the top of the page. Skipped on a fresh visit without a query.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (!window.location.search) return;
    document.getElementById(targetId)?.focus({ preventScroll: false });
  }, [targetId]);
  return null;
}
