import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatCount, type CoverageSourceView, type JurisdictionView, type OfficeFinderLink } from '@/lib/coverage';
import { getCoverageView } from '@/lib/coverage/server';
import type { AppLocale } from '@/i18n/routing';
import styles from '@/components/data-table/data-tables.module.css';
import { DataTable } from '@/components/data-table/DataTable';
import { OtherLanguageNote } from '@/components/services/OtherLanguageNote';

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

function FinderLink({ link }: { link: OfficeFinderLink }) {
  return (
    <>
      <a href={link.url} rel="noopener noreferrer" hrefLang={link.language}>
        {link.label}
      </a>
      <OtherLanguageNote language={link.language} />
    </>
  );
}

function JurisdictionSection({ jurisdiction, t, locale }: { jurisdiction: JurisdictionView; t: Translate; locale: AppLocale }) {
  const headingId = `coverage-${jurisdiction.code.toLowerCase()}`;
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>{jurisdiction.name}</h2>
      <DataTable
        caption={t('jurisdictionCaption', { jurisdiction: jurisdiction.name })}
        rows={jurisdiction.orders}
        rowKey={(row) => row.key}
        columns={[
          { key: 'order', header: t('colOrder'), cell: (row) => row.label },
          {
            key: 'points',
            header: t('colPoints'),
            label: label('colPoints'),
            numeric: true,
            cell: (row) => formatCount(row.points, locale),
          },
          {
            key: 'services',
            header: t('colServices'),
            label: label('colServices'),
            numeric: true,
            cell: (row) => formatCount(row.services, locale),
          },
          {
            key: 'servicesWithPoints',
            header: t('colServicesWithPoints'),
            label: label('colServicesWithPoints'),
            numeric: true,
            cell: (row) => formatCount(row.servicesWithPoints, locale),
          },
          {
            key: 'sources',
            header: t('colSources'),
            label: label('colSources'),
            cell: (row) =>
              row.sources.length === 0 ? (
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
              ),
          },
        ]}
      />
      <h3>{t('missingTitle')}</h3>
      <ul className={styles.gaps}>
        {jurisdiction.gaps.map((gap, index) => (
          <li key={`${gap.kind}-${index}`}>
            {gap.text}
            {gap.link ? (
              <>
                {' '}
                <FinderLink link={gap.link} />
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

function SourcesTable({
  sources,
  caption,
  t,
  locale,
}: {
  sources: CoverageSourceView[];
  caption: string;
  t: Translate;
  locale: AppLocale;
}) {
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  return (
    <DataTable
      caption={caption}
      rows={sources}
      rowKey={(source) => source.id}
      columns={[
        {
          key: 'source',
          header: t('colSource'),
          cell: (source) => <Text text={source.title} language={source.titleLanguage} locale={locale} />,
        },
        // publishers and licences are recorded as each source states them: proper names, usually in English
        {
          key: 'publisher',
          header: t('colPublisher'),
          label: label('colPublisher'),
          cell: (source) => <span lang="en">{source.publisher}</span>,
        },
        { key: 'licence', header: t('colLicence'), label: label('colLicence'), cell: (source) => <span lang="en">{source.licence}</span> },
        {
          key: 'date',
          header: t('colDate'),
          label: label('colDate'),
          cell: (source) => (
            <>
              {source.dateText}
              {source.dated ? <span className={`tag status-warn ${styles.dated}`}>{t('dated')}</span> : null}
            </>
          ),
        },
      ]}
    />
  );
}

export default async function CoveragePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Coverage');
  const view = getCoverageView(locale);
  const label = (name: Parameters<Translate>[0]) => t('cellLabel', { label: t(name) });
  const count = (value: number) => formatCount(value, locale);
  const provincialPoints = view.national.orders
    .filter((row) => row.order === 'provincial' || row.order === 'territorial')
    .reduce((sum, row) => sum + row.points, 0);
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
      <DataTable
        testId="coverage-summary"
        caption={t('summaryCaption')}
        rows={view.jurisdictions}
        rowKey={(jurisdiction) => jurisdiction.code}
        rowData={(jurisdiction) => ({ 'data-jurisdiction': jurisdiction.code })}
        columns={[
          {
            key: 'jurisdiction',
            header: t('colJurisdiction'),
            cell: (jurisdiction) => <a href={`#coverage-${jurisdiction.code.toLowerCase()}`}>{jurisdiction.name}</a>,
          },
          {
            key: 'points',
            header: t('colPoints'),
            label: label('colPoints'),
            numeric: true,
            cell: (jurisdiction) => count(jurisdiction.points),
          },
          {
            key: 'services',
            header: t('colServices'),
            label: label('colServices'),
            numeric: true,
            cell: (jurisdiction) => count(jurisdiction.services),
          },
          {
            key: 'ownOffices',
            header: t('colOwnOffices'),
            label: label('colOwnOffices'),
            cell: (jurisdiction) =>
              jurisdiction.ownPoints > 0 ? (
                t('pointsCount', { count: count(jurisdiction.ownPoints) })
              ) : (
                <>
                  {t('noOwnOffices')} <FinderLink link={jurisdiction.officeFinder} />
                </>
              ),
          },
          {
            key: 'municipal',
            header: t('colMunicipal'),
            label: label('colMunicipal'),
            cell: (jurisdiction) => (jurisdiction.municipalities.length > 0 ? jurisdiction.municipalities.join(', ') : t('none')),
          },
        ]}
        footer={{
          header: t('total'),
          cells: {
            points: { value: count(view.national.points) },
            services: { value: count(view.national.services) },
            ownOffices: { value: t('pointsCount', { count: count(provincialPoints) }) },
            municipal: {
              value: t('pointsCount', { count: count(view.national.orders.find((row) => row.order === 'municipal')?.points ?? 0) }),
            },
          },
        }}
      />

      <h2 id="coverage-national">{t('nationalTitle')}</h2>
      <DataTable
        caption={t('nationalCaption')}
        rows={view.national.orders}
        rowKey={(row) => row.order}
        columns={[
          { key: 'order', header: t('colOrder'), cell: (row) => row.label },
          { key: 'points', header: t('colPoints'), label: label('colPoints'), numeric: true, cell: (row) => count(row.points) },
          { key: 'services', header: t('colServices'), label: label('colServices'), numeric: true, cell: (row) => count(row.services) },
        ]}
      />

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
