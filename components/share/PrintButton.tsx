'use client';

import { useEffect, useState } from 'react';

/** A Print button once JavaScript runs; before that (and without it) a hint to use the browser's Print command. */
export function PrintButton({ label, noScript }: { label: string; noScript: string }) {
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the button needs the browser
  useEffect(() => setReady(true), []);
  return ready ? (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  ) : (
    <span className="muted">{noScript}</span>
  );
}
