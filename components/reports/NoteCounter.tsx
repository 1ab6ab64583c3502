'use client';

import { useEffect, useState } from 'react';

/**
 * With JavaScript, says how many characters are left in the note as the person types (the field's maxLength and
 * the server enforce the limit either way). Announced politely, and only after a pause in typing.
 */
export function NoteCounter({ fieldId, max, template }: { fieldId: string; max: number; template: { one: string; other: string } }) {
  const [left, setLeft] = useState<number | null>(null);
  const [announced, setAnnounced] = useState<number | null>(null);
  useEffect(() => {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    if (!field) return;
    const update = () => setLeft(max - field.value.length);
    update();
    field.addEventListener('input', update);
    return () => field.removeEventListener('input', update);
  }, [fieldId, max]);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(left), 800);
    return () => clearTimeout(timer);
  }, [left]);
  if (left === null) return null;
  const text = (left === 1 ? template.one : template.other).replace('#', String(left));
  return (
    <>
      <span className="hint" data-testid="note-counter" aria-hidden="true">
        {text}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {announced === null ? '' : (announced === 1 ? template.one : template.other).replace('#', String(announced))}
      </span>
    </>
  );
}
