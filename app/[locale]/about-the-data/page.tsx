import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getSnapshot } from '@/lib/data/server';
import { Link } from '@/i18n/navigation';
import { pickText, pickedLanguage } from '@/lib/i18n-text';
import { licenceText } from '@/lib/display/licence';
import type { AppLocale } from '@/i18n/routing';
import { ReportFigures } from '@/components/reports/ReportFigures';

type Props = { params: Promise<{ locale: AppLocale }> };

/** A source's licence in the page's language, with the source's own words beside it when they differ. */
function LicenceText({ licence, locale }: { licence: string; locale: AppLocale }) {
  const text = licenceText(licence, locale);
  if (text === licence) return <>{text}</>;
  return (
    <>
      {text}
      <span className="muted" lang="en">
        {' '}
        ({licence})
      </span>
    </>
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About' });
  return { title: t('title') };
}

export default async function AboutTheDataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('About');
  const orders = await getTranslations('Orders');
  const coverage = await getTranslations('Coverage');
  const format = await getFormatter();
  const { snapshot } = getSnapshot();
  const pointSources = snapshot.sources.filter((s) => s.counts.imported > 0 || s.counts.merged > 0);
  const totals = snapshot.sources.reduce((sum, s) => ({ read: sum.read + s.counts.read, rejected: sum.rejected + s.counts.rejected }), {
    read: 0,
    rejected: 0,
  });
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <div className="prose">
        <p>{t('intro')}</p>
        <p>
          <Link href="/coverage">{coverage('aboutLink')}</Link>
        </p>
        <p>
          {t('snapshot', {
            version: snapshot.version,
            points: format.number(snapshot.servicePoints.length),
            sources: format.number(pointSources.length),
          })}
        </p>
        <h2>{t('precisionTitle')}</h2>
        <ul>
          <li>{t('precisionExact')}</li>
          <li>{t('precisionPostal')}</li>
          <li>{t('precisionLocality')}</li>
        </ul>
        <p>{t('precisionNote')}</p>
        <h2>{t('hoursTitle')}</h2>
        <p>{t('hoursNote')}</p>
      </div>
      <h2 id="sources-heading">{t('sourcesTitle')}</h2>
      <p>{t('sourcesNote', { read: format.number(totals.read), rejected: format.number(totals.rejected) })}</p>
      <div className="table-scroll" role="region" aria-labelledby="sources-heading" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('sourcesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">{t('colOrder')}</th>
              <th scope="col">{t('colLicence')}</th>
              <th scope="col">{t('colDate')}</th>
              <th scope="col">{t('colCounts')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.sources.map((source) => (
              <tr key={source.sourceId}>
                <th scope="row">
                  <span lang={pickedLanguage(source.title, locale)}>{pickText(source.title, locale)}</span>
                  <br />
                  {/* publishers and licences are recorded as the source states them, in English */}
                  <span className="muted" lang="en">
                    {source.publisher}
                  </span>
                  {source.upstreamUrl?.startsWith('https://') ? (
                    <>
                      <br />
                      <a href={source.upstreamUrl} rel="noopener noreferrer">
                        {t('upstream')}
                      </a>
                    </>
                  ) : null}
                </th>
                <td>{orders(source.order)}</td>
                <td>
                  <LicenceText licence={source.licence} locale={locale} />
                </td>
                <td>{source.sourceDate}</td>
                <td>
                  {t('counts', {
                    read: source.counts.read,
                    imported: source.counts.imported,
                    merged: source.counts.merged,
                    rejected: source.counts.rejected,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href="/api/v1/sources">{t('apiLink')}</a>
      </p>
      <ReportFigures locale={locale} />
    </div>
  );
}
