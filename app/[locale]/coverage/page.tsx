import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatCount, type CoverageSourceView, type JurisdictionView, type OfficeFinderLink } from '@/lib/coverage';
import { getCoverageView } from '@/lib/coverage/server';
import type { AppLocale } from '@/i18n/routing';
import styles from '@/components/data-table/data-tables.module.css';

type Props = { params: Promise<{ locale: AppLocale }> };
type Translate = Awaited<ReturnType<typeof getTranslations<'Coverage'>>>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Coverage' });
  return { title: t('title') };
}

/** A text in another language than the page (a source title recorded in one language only) carries its lang. */
function Text({ text, language, locale }: { text: string; language: string; locale: AppLocale }) {
  return language === locale ? <>{text}</> : <span lang={language}>{text}</span>;
}

function FinderLink({ link, t, locale }: { link: OfficeFinderLink; t: Translate; locale: AppLocale }) {
  return (
    <>
      <a href={link.url} rel="noopener noreferrer" hrefLang={link.language}>
        {link.label}
      </a>
      {link.language !== locale ? ` ${t('linkInEnglish')}` : null}
    </>
  );
}

function JurisdictionSection({ jurisdiction, t, locale }: { jurisdiction: JurisdictionView; t: Translate; locale: AppLocale }) {
  const headingId = `coverage-${jurisdiction.code.toLowerCase()}`;
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>{jurisdiction.name}</h2>
      <table className={styles.table} role="table">
        <caption>{t('jurisdictionCaption', { jurisdiction: jurisdiction.name })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('colOrder')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colPoints')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colServices')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colServicesWithPoints')}</th>
            <th scope="col" role="columnheader">{t('colSources')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {jurisdiction.orders.map((row) => (
            <tr key={row.key} role="row">
              <th scope="row" role="rowheader">{row.label}</th>
              <td role="cell" className={styles.number} data-label={label('colPoints')}>{formatCount(row.points, locale)}</td>
              <td role="cell" className={styles.number} data-label={label('colServices')}>{formatCount(row.services, locale)}</td>
              <td role="cell" className={styles.number} data-label={label('colServicesWithPoints')}>{formatCount(row.servicesWithPoints, locale)}</td>
              <td role="cell" data-label={label('colSources')}>
                {row.sources.length === 0 ? (
                  t('none')
                ) : (
                  <ul className={styles.sources}>
                    {row.sources.map((source) => (
                      <li key={source.id}>
                        <Text text={source.title} language={source.titleLanguage} locale={locale} /> ({source.dateText})
                        {source.dated ? <span className={`tag status-warn ${styles.dated}`}>{t('dated')}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('missingTitle')}</h3>
      <ul className={styles.gaps}>
        {jurisdiction.gaps.map((gap, index) => (
          <li key={`${gap.kind}-${index}`}>
            {gap.text}
            {gap.link ? (
              <>
                {' '}
                <FinderLink link={gap.link} t={t} locale={locale} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {jurisdiction.replaced.length > 0 ? (
        <>
          <h3>{t('replacedTitle')}</h3>
          <ul>
            {jurisdiction.replaced.map((replaced) => (
              <li key={replaced.id}>{t('replacedItem', { service: replaced.name, note: replaced.note })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function SourcesTable({ sources, caption, t, locale }: { sources: CoverageSourceView[]; caption: string; t: Translate; locale: AppLocale }) {
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  return (
    <table className={styles.table} role="table">
      <caption>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t('colSource')}</th>
          <th scope="col" role="columnheader">{t('colPublisher')}</th>
          <th scope="col" role="columnheader">{t('colLicence')}</th>
          <th scope="col" role="columnheader">{t('colDate')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {sources.map((source) => (
          <tr key={source.id} role="row">
            <th scope="row" role="rowheader">
              <Text text={source.title} language={source.titleLanguage} locale={locale} />
            </th>
            {/* publishers and licences are recorded as each source states them: proper names, usually in English */}
            <td role="cell" data-label={label('colPublisher')}>
              <span lang="en">{source.publisher}</span>
            </td>
            <td role="cell" data-label={label('colLicence')}>
              <span lang="en">{source.licence}</span>
            </td>
            <td role="cell" data-label={label('colDate')}>
              {source.dateText}
              {source.dated ? <span className={`tag status-warn ${styles.dated}`}>{t('dated')}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function CoveragePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Coverage');
  const view = getCoverageView(locale);
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  const count = (value: number) => formatCount(value, locale);
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <div className="prose">
        <p>{t('intro')}</p>
        <p>{t('snapshot', { version: view.snapshot.version, date: view.snapshot.builtAtText, catalogue: view.catalogueVersion })}</p>
        <p>{t('totals', { points: count(view.national.points), services: count(view.national.services) })}</p>
        <p>{t('howCounted')}</p>
      </div>

      <nav aria-labelledby="coverage-jump">
        <h2 id="coverage-jump" className="visually-hidden">
          {t('jumpTo')}
        </h2>
        <ul className={styles.jump}>
          {view.jurisdictions.map((jurisdiction) => (
            <li key={jurisdiction.code}>
              <a href={`#coverage-${jurisdiction.code.toLowerCase()}`}>{jurisdiction.name}</a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="coverage-summary">{t('summaryTitle')}</h2>
      <table className={styles.table} role="table" data-testid="coverage-summary">
        <caption>{t('summaryCaption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('colJurisdiction')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colPoints')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colServices')}</th>
            <th scope="col" role="columnheader">{t('colOwnOffices')}</th>
            <th scope="col" role="columnheader">{t('colMunicipal')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {view.jurisdictions.map((jurisdiction) => (
            <tr key={jurisdiction.code} role="row" data-jurisdiction={jurisdiction.code}>
              <th scope="row" role="rowheader">
                <a href={`#coverage-${jurisdiction.code.toLowerCase()}`}>{jurisdiction.name}</a>
              </th>
              <td role="cell" className={styles.number} data-label={label('colPoints')}>{count(jurisdiction.points)}</td>
              <td role="cell" className={styles.number} data-label={label('colServices')}>{count(jurisdiction.services)}</td>
              <td role="cell" data-label={label('colOwnOffices')}>
                {jurisdiction.ownPoints > 0 ? (
                  t('pointsCount', { count: count(jurisdiction.ownPoints) })
                ) : (
                  <>
                    {t('noOwnOffices')} <FinderLink link={jurisdiction.officeFinder} t={t} locale={locale} />
                  </>
                )}
              </td>
              <td role="cell" data-label={label('colMunicipal')}>
                {jurisdiction.municipalities.length > 0 ? jurisdiction.municipalities.join(', ') : t('none')}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot role="rowgroup">
          <tr role="row">
            <th scope="row" role="rowheader">{t('total')}</th>
            <td role="cell" className={styles.number} data-label={label('colPoints')}>{count(view.national.points)}</td>
            <td role="cell" className={styles.number} data-label={label('colServices')}>{count(view.national.services)}</td>
            <td role="cell" data-label={label('colOwnOffices')}>
              {t('pointsCount', { count: count(view.national.orders.filter((row) => row.order === 'provincial' || row.order === 'territorial').reduce((sum, row) => sum + row.points, 0)) })}
            </td>
            <td role="cell" data-label={label('colMunicipal')}>
              {t('pointsCount', { count: count(view.national.orders.find((row) => row.order === 'municipal')?.points ?? 0) })}
            </td>
          </tr>
        </tfoot>
      </table>

      <h2 id="coverage-national">{t('nationalTitle')}</h2>
      <table className={styles.table} role="table">
        <caption>{t('nationalCaption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('colOrder')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colPoints')}</th>
            <th scope="col" role="columnheader" className={styles.number}>{t('colServices')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {view.national.orders.map((row) => (
            <tr key={row.order} role="row">
              <th scope="row" role="rowheader">{row.label}</th>
              <td role="cell" className={styles.number} data-label={label('colPoints')}>{count(row.points)}</td>
              <td role="cell" className={styles.number} data-label={label('colServices')}>{count(row.services)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {view.jurisdictions.map((jurisdiction) => (
        <JurisdictionSection key={jurisdiction.code} jurisdiction={jurisdiction} t={t} locale={locale} />
      ))}

      <section className={styles.section} aria-labelledby="coverage-sources">
        <h2 id="coverage-sources">{t('sourcesTitle')}</h2>
        <p>{t('sourcesNote')}</p>
        <SourcesTable sources={view.national.pointSources} caption={t('pointSourcesCaption')} t={t} locale={locale} />
        <SourcesTable sources={view.national.referenceSources} caption={t('referenceSourcesCaption')} t={t} locale={locale} />
      </section>
      <p>
        <a href={`/api/v1/coverage?lang=${locale}`}>{t('apiLink')}</a>
      </p>
    </div>
  );
}
