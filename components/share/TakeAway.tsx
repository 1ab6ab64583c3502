import { getTranslations } from 'next-intl/server';
import type { CalendarActions } from '@/lib/share/actions';
import { textOnlyHref } from '@/lib/offline/text-only';
import { ShareLink } from './ShareLink';
import { PrintButton } from './PrintButton';
import { PrintedOn } from './PrintedOn';

/**
 * Keep a page: share it, print it, put its next visit in a calendar, and switch the map off (text only). Every action
 * is a plain link or the browser's own command without JavaScript; none is printed.
 */
export async function TakeAway({
  locale,
  path,
  search,
  sharePath,
  title,
  printed,
  calendar,
  textOnly,
  shareLabel,
}: {
  locale: 'en' | 'fr';
  path: string;
  search: string;
  sharePath: string;
  title: string;
  printed: string;
  calendar?: CalendarActions;
  textOnly: boolean;
  shareLabel?: 'share' | 'shareResults';
}) {
  const t = await getTranslations('TakeAway');
  const hasCalendar = calendar !== undefined && (calendar.nextVisit !== undefined || calendar.day !== undefined);
  return (
    <>
      <PrintedOn template={t('printedOn', { date: '{date}', url: '{url}' })} serverDate={printed} path={sharePath} locale={locale} />
      <section className="take-away no-print" aria-labelledby="take-away-heading">
        <h2 id="take-away-heading" className="visually-hidden">
          {t('heading')}
        </h2>
        <div className="take-away__row">
          <ShareLink
            path={sharePath}
            title={title}
            labels={{
              share: t(shareLabel ?? 'share'),
              copyLink: t('copyLink'),
              copied: t('copied'),
              copyFailed: t('copyFailed'),
              linkLabel: t('linkLabel'),
            }}
          />
          <PrintButton label={t('print')} noScript={t('printNoScript')} />
        </div>
        {hasCalendar ? (
          <ul className="take-away__calendar">
            {calendar.nextVisit ? (
              <li>
                <a href={calendar.nextVisit.href} download type="text/calendar">
                  {t('addVisit', { date: calendar.nextVisit.label })}
                </a>
              </li>
            ) : null}
            {calendar.feed ? (
              <li>
                <a href={calendar.feed} type="text/calendar">
                  {t('subscribeVisits')}
                </a>
              </li>
            ) : null}
            {calendar.day ? (
              <li>
                <a href={calendar.day.href} download type="text/calendar">
                  {t('addDay', { date: calendar.day.label })}
                </a>
              </li>
            ) : null}
          </ul>
        ) : null}
        {hasCalendar ? <p className="muted take-away__hint">{t('calendarHint')}</p> : null}
        <p className="take-away__text-only">
          {textOnly ? (
            <>
              <span>{t('textOnlyOn')}</span> <a href={textOnlyHref(path, search, false)}>{t('showMap')}</a>
            </>
          ) : (
            <a href={textOnlyHref(path, search, true)}>{t('textOnly')}</a>
          )}
        </p>
      </section>
    </>
  );
}
