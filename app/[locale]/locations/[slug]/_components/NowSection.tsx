import { useLocale, useTranslations } from 'next-intl';
import { OpenStatusText } from '@/components/hours/OpenStatusText';
import { formatClock } from '@/lib/i18n-text';
import type { LocationView } from '@/lib/locations/view';
import type { Locale } from '@/lib/model/schema';

/** Open now or not, on the office's own clock, and how old the data is when it is old. */
export function NowSection({ now }: { now: LocationView['now'] }) {
  const t = useTranslations('Location');
  const card = useTranslations('Card');
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="now-heading" className="location__now">
      <h2 id="now-heading" className="visually-hidden">
        {t('statusHeading')}
      </h2>
      <p className="location__status">
        <OpenStatusText status={now.status} today={now.today} />
      </p>
      {now.closureNote ? <p lang={now.closureNote.lang}>{now.closureNote.text}</p> : null}
      <p className="muted">{t('localTime', { zone: now.zone, time: formatClock(now.time, locale) })}</p>
      {now.dataDate ? <p className="location__age">{card('dataAge', { date: now.dataDate.slice(0, 4) })}</p> : null}
    </section>
  );
}
