import { useLocale, useTranslations } from 'next-intl';
import type { WeekTableDay } from '@/lib/hours';
import { formatClock, formatLocalDate } from '@/lib/i18n-text';
import type { Locale } from '@/lib/model/schema';

/** The next seven days in the office's own time, today first and marked. */
export function HoursTable({ days, caption }: { days: WeekTableDay[]; caption: string }) {
  const t = useTranslations('Location');
  const locale = useLocale() as Locale;
  return (
    <div className="table-scroll">
      <table className="hours-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('day')}</th>
            <th scope="col">{t('hours')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date} className={day.today ? 'hours-table__today' : undefined} aria-current={day.today ? 'date' : undefined}>
              <th scope="row">
                {formatLocalDate(day.date, locale)}
                {day.today ? <span className="tag hours-table__today-tag">{t('today')}</span> : null}
              </th>
              <td>
                {day.intervals.length > 0
                  ? day.intervals
                      .map((i) => t('interval', { from: formatClock(i.opens, locale), to: formatClock(i.closes, locale) }))
                      .join(', ')
                  : day.closedReason === 'holiday' && day.holidayName
                    ? t('closedHoliday', { holiday: day.holidayName[locale] })
                    : day.closedReason === 'temporary-closure'
                      ? t('closedTemporarily')
                      : day.closedReason === 'no-visit-today'
                        ? t('noVisit')
                        : t('closed')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
