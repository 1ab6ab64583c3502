'use client';

import { useEffect, useState } from 'react';

/**
 * A Print button once JavaScript runs; without it, a hint to use the browser's Print command. Until hydration the
 * button's place is kept (invisible) and the hint hidden, so the page does not move when the button appears.
 */
export function PrintButton({ label, noScript }: { label: string; noScript: string }) {
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the button needs the browser
  useEffect(() => setReady(true), []);
  return ready ? (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  ) : (
    <>
      <span className="muted no-script-only">{noScript}</span>
      <span className="button button--secondary script-placeholder" aria-hidden="true">
        {label}
      </span>
    </>
  );
}
