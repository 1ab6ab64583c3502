import { useTranslations } from 'next-intl';
import type { LocationView } from '@/lib/locations/view';

/** Where the listing comes from, under which licence, and how to report a mistake. */
export function SourceSection({ source, reporters }: { source: LocationView['source']; reporters: number }) {
  const t = useTranslations('Location');
  const reports = useTranslations('Reports');
  return (
    <section aria-labelledby="source-heading" className="location__source">
      <h2 id="source-heading">{t('sourceHeading')}</h2>
      <ul>
        {source.records.map((record) => (
          <li key={record.key}>
            <span lang={record.title.lang}>{record.title.text}</span>
            {' — '}
            {t('sourceFacts', { date: record.date, record: record.record })} {record.licence}
          </li>
        ))}
      </ul>
      {source.officialUrl ? (
        <p>
          <a href={source.officialUrl} rel="noopener noreferrer">
            {t('officialPage')}
          </a>
        </p>
      ) : null}
      {source.placementNote ? <p className="muted">{t('placementNote')}</p> : null}
      {reporters > 0 ? <p className="notice">{reports('recent', { count: reporters })}</p> : null}
      <p>
        <a href={source.reportPath}>{reports('link')}</a>
      </p>
    </section>
  );
}
