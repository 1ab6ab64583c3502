import { useLocale, useTranslations } from 'next-intl';
import type { OpenStatus } from '@/lib/hours';
import { formatClock, formatWeekday } from '@/lib/i18n-text';
import type { Locale } from '@/lib/model/schema';

/** "Open now · closes at 4 p.m.", "Closed · opens Monday at 8:30 a.m.", in the office's own time. */
export function OpenStatusText({ status, today }: { status: OpenStatus; today?: string }) {
  const t = useTranslations('Status');
  const locale = useLocale() as Locale;
  const time = (hhmm: string) => formatClock(hhmm, locale);
  const opens = status.opensAt
    ? status.opensAt.date === today
      ? t('opensToday', { time: time(status.opensAt.time) })
      : t('opensOn', { day: formatWeekday(status.opensAt.date, locale), time: time(status.opensAt.time) })
    : null;
  switch (status.state) {
    case 'open':
      return (
        <span className="status status-open">
          <strong>{t('open')}</strong> · {t('closesAt', { time: time(status.closesAt!.time) })}
        </span>
      );
    case 'closes-soon':
      return (
        <span className="status status-warn">
          <strong>{t('closesSoon', { time: time(status.closesAt!.time) })}</strong>
        </span>
      );
    case 'opens-later-today':
      return (
        <span className="status status-closed">
          <strong>{status.reason === 'lunch' ? t('lunch') : t('closed')}</strong> · {t('opensToday', { time: time(status.opensAt!.time) })}
        </span>
      );
    case 'closed': {
      const why =
        status.reason === 'holiday' && status.holidayName
          ? t('holiday', { holiday: status.holidayName[locale] })
          : status.reason === 'temporary-closure'
            ? t('temporaryClosure')
            : status.reason === 'no-visit-today'
              ? t('noVisitToday')
              : t('closed');
      return (
        <span className="status status-closed">
          <strong>{why}</strong>
          {opens ? <> · {opens}</> : null}
        </span>
      );
    }
    default:
      return <span className="status muted">{status.reason === 'text-only' ? t('textOnly') : t('unknown')}</span>;
  }
}
