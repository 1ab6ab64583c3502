'use client';

import { useEffect, useRef, useState } from 'react';

export interface ShareLabels {
  share: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  linkLabel: string;
}

/**
 * Share a page: the Web Share API on phones, a copy-link button elsewhere. The plain link is always there (and is
 * all there is without JavaScript): it can be long-pressed, copied or bookmarked. Nothing is sent anywhere.
 */
export function ShareLink({ path, title, labels }: { path: string; title: string; labels: ShareLabels }) {
  const [mode, setMode] = useState<'none' | 'share' | 'copy'>('none');
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const phone = window.matchMedia('(pointer: coarse)').matches;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- what the device can do is only known in the browser
    setMode(phone && typeof navigator.share === 'function' ? 'share' : 'copy');
  }, []);

  useEffect(() => {
    if (status === 'failed') fieldRef.current?.select();
  }, [status]);

  const url = () => new URL(path, window.location.origin).href;

  async function share() {
    try {
      await navigator.share({ title, url: url() });
    } catch {
      // cancelled by the person: nothing to say
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="share">
      {mode === 'share' ? (
        <button type="button" className="button button--secondary" onClick={share}>
          {labels.share}
        </button>
      ) : null}
      {mode === 'copy' ? (
        <button type="button" className="button button--secondary" onClick={copy} data-copy-link="">
          {labels.copyLink}
        </button>
      ) : null}
      {/* until hydration, the button's place (invisible; none without JavaScript), so the link beside it does not move */}
      {mode === 'none' ? (
        <span className="button button--secondary script-placeholder" aria-hidden="true">
          {labels.copyLink}
        </span>
      ) : null}{' '}
      <a className="share__link" href={path} data-share-link="">
        {labels.linkLabel}
      </a>
      <p role="status" className="share__status">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </p>
      {status === 'failed' ? (
        <input ref={fieldRef} className="share__field" type="text" readOnly value={url()} aria-label={labels.linkLabel} />
      ) : null}
    </div>
  );
}
