import { getFormatter, getTranslations } from 'next-intl/server';
import { figureWithinTime } from '@/lib/reports/server';
import { sourceTitle } from '@/lib/reports/listings';

/** Open figures for the about-the-data page: per source, reports received, open, resolved and not reproducible. */
export async function ReportFigures({ locale }: { locale: 'en' | 'fr' }) {
  const t = await getTranslations('Reports');
  const format = await getFormatter();
  const figures = await figureWithinTime((repository) => repository.figuresBySource());
  return (
    <section aria-labelledby="report-figures-heading">
      <h2 id="report-figures-heading">{t('figures.title')}</h2>
      <p className="prose">{t('figures.intro')}</p>
      {figures === undefined ? (
        <p>{t('figures.unavailable')}</p>
      ) : figures.length === 0 ? (
        <p>{t('figures.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="report-figures-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('figures.colSource')}</th>
                <th scope="col">{t('figures.colReceived')}</th>
                <th scope="col">{t('figures.colOpen')}</th>
                <th scope="col">{t('figures.colResolved')}</th>
                <th scope="col">{t('figures.colNotReproducible')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((row) => (
                <tr key={row.sourceId}>
                  <th scope="row">{sourceTitle(row.sourceId, locale)}</th>
                  <td>{format.number(row.received)}</td>
                  <td>{format.number(row.open)}</td>
                  <td>{format.number(row.resolved)}</td>
                  <td>{format.number(row.notReproducible)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
