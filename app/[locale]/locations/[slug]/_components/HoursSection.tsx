import { useLocale, useTranslations, type Messages } from 'next-intl';
import { formatClock, formatLocalDate } from '@/lib/i18n-text';
import type { HoursView } from '@/lib/locations/view';
import type { Locale } from '@/lib/model/schema';
import { HoursTable } from './HoursTable';

// Keys built from the schedule's week numbers and ISO weekdays, which the snapshot schema bounds.
type Nth = keyof Messages['Location']['nth'];
type Weekday = keyof Messages['Location']['weekday'];

/** The week ahead, outreach visits, sessions, dated closures and holidays, or the hours as published when unreadable. */
export function HoursSection({ hours }: { hours: HoursView }) {
  const t = useTranslations('Location');
  const locale = useLocale() as Locale;
  const clock = (hhmm: string) => formatClock(hhmm, locale);
  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('hoursHeading')}</h2>
      {hours.week ? <HoursTable days={hours.week} caption={t('hoursCaption', { zone: hours.zone })} /> : null}
      {hours.visitRules.length > 0 ? (
        <ul>
          {hours.visitRules.map((rule) => (
            <li key={`${rule.day}-${rule.weeks.join()}`}>
              {t('visitRule', {
                weeks: rule.weeks.map((w) => t(`nth.${w === -1 ? 'last' : (String(w) as Nth)}`)).join(t('and')),
                day: t(`weekday.${String(rule.day) as Weekday}`),
                from: clock(rule.opens),
                to: clock(rule.closes),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {hours.nextVisit ? (
        <p>
          {t('nextVisit', {
            date: formatLocalDate(hours.nextVisit.date, locale),
            from: clock(hours.nextVisit.opensAt.time),
            to: clock(hours.nextVisit.closesAt.time),
          })}
        </p>
      ) : null}
      {hours.upcomingVisits.length > 0 ? (
        <>
          <h3>{t('upcomingVisits')}</h3>
          <ul>
            {hours.upcomingVisits.map((v) => (
              <li key={v.date}>
                {t('visitOn', { date: formatLocalDate(v.date, locale, true), from: clock(v.opens), to: clock(v.closes) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hours.publishedText ? (
        <>
          <p>{t('hoursAsPublished')}</p>
          <p className="source-text" lang={hours.publishedText.lang}>
            {hours.publishedText.text}
          </p>
        </>
      ) : null}
      {hours.noHours ? (
        <p>{hours.noHours === 'call' ? t('noHours') : hours.noHours === 'no-phone' ? t('noHoursNoPhone') : t('noHoursNoContact')}</p>
      ) : null}
      {hours.sessions.length > 0 ? (
        <>
          <h3>{t('sessionsHeading')}</h3>
          <p className="muted">{t('sessionsNote')}</p>
          <ul>
            {hours.sessions.map((session, i) => (
              <li key={i}>
                {session.kind === 'scheduled' ? (
                  t('session', {
                    kind: session.registered ? t('sessionRegistered') : t('sessionDropIn'),
                    day: t(`weekday.${String(session.day) as Weekday}`),
                    from: clock(session.opens),
                    to: clock(session.closes),
                  })
                ) : (
                  <span lang="en">{session.text}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hours.closures.length > 0 ? (
        <>
          <h3>{t('closuresHeading')}</h3>
          <ul>
            {hours.closures.map((c) => (
              <li key={c.from}>
                {c.to
                  ? t('closedFromTo', { from: formatLocalDate(c.from, locale, true), to: formatLocalDate(c.to, locale, true) })
                  : t('closedFrom', { from: formatLocalDate(c.from, locale, true) })}
                {c.reason ? <span lang={c.reason.lang}> — {c.reason.text}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hours.holidays.length > 0 ? (
        <>
          <h3>{t('holidaysHeading')}</h3>
          <ul>
            {hours.holidays.map((h) => (
              <li key={h.date}>
                {formatLocalDate(h.date, locale, true)} — {h.name[locale]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
