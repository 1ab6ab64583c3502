import { getTranslations } from 'next-intl/server';
import { REASONS, NOTE_MAX, VISIT_MAX_AGE_DAYS, type ListingKind } from '@/lib/reports/validation';
import { NoteCounter } from './NoteCounter';
import styles from './reports.module.css';

export const REPORT_ERRORS = ['reason', 'note', 'visited', 'busy', 'unavailable'] as const;
export type ReportError = (typeof REPORT_ERRORS)[number];

export function reportError(value: string | string[] | undefined): ReportError | undefined {
  const code = Array.isArray(value) ? value[0] : value;
  return (REPORT_ERRORS as readonly string[]).includes(code ?? '') ? (code as ReportError) : undefined;
}

/**
 * The report form: a plain server-rendered form posted to /api/v1/reports, which answers 303 to the confirmation
 * page (or back here with an error code). Works without JavaScript; with it, the note shows the characters left.
 */
export async function ReportForm({
  kind,
  id,
  locale,
  name,
  error,
}: {
  kind: ListingKind;
  id: string;
  locale: 'en' | 'fr';
  name: string;
  error?: ReportError;
}) {
  const t = await getTranslations('Reports');
  const today = new Date();
  const max = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
  const min = new Date(today.getTime() - VISIT_MAX_AGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const fieldError = error === 'reason' || error === 'note' || error === 'visited' ? error : undefined;
  return (
    <>
      <p className="lead">{t('formIntro', { name })}</p>
      {error ? (
        <div className="error-summary" role="alert" aria-labelledby="report-error-title">
          <h2 id="report-error-title">{t('errorTitle')}</h2>
          <p>{fieldError ? <a href={`#report-${fieldError}`}>{t(`error.${error}`)}</a> : t(`error.${error}`)}</p>
        </div>
      ) : null}
      <p className="notice">{t('privacy')}</p>
      <form method="post" action="/api/v1/reports" className="prose">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset
          className={styles.reasons}
          id="report-reason"
          aria-describedby={fieldError === 'reason' ? 'report-error-title' : undefined}
        >
          <legend>{t('reasonLegend')}</legend>
          {REASONS.map((reason) => (
            <label key={reason} className="checkbox">
              <input type="radio" name="reason" value={reason} required />
              {t(`reason.${reason}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="report-note">{t('noteLabel')}</label>
          <span className="hint" id="report-note-hint">
            {t('noteHint', { max: NOTE_MAX })}
          </span>
          <textarea
            id="report-note"
            name="note"
            className={styles.textarea}
            maxLength={NOTE_MAX}
            rows={5}
            aria-describedby="report-note-hint"
            aria-invalid={fieldError === 'note' ? true : undefined}
          />
          <NoteCounter
            fieldId="report-note"
            max={NOTE_MAX}
            template={{
              one: t('noteRemaining', { count: 1 }).replace('1', '#'),
              other: t('noteRemaining', { count: 2 }).replace('2', '#'),
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="report-visited">{t('visitedLabel')}</label>
          <span className="hint" id="report-visited-hint">
            {t('visitedHint')}
          </span>
          <input
            type="date"
            id="report-visited"
            name="visited"
            className={styles.date}
            min={min}
            max={max}
            aria-describedby="report-visited-hint"
            aria-invalid={fieldError === 'visited' ? true : undefined}
          />
        </div>
        {/* honeypot: never shown to people (hidden), filled in only by robots that fill every field */}
        <div hidden>
          <label htmlFor="report-website">{t('honeypot')}</label>
          <input type="text" id="report-website" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        <p>
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </p>
      </form>
    </>
  );
}
