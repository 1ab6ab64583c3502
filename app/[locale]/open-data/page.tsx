import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { MAX_PER_PAGE } from '@/lib/hsds/api';
import type { ExcludedSource } from '@/lib/hsds/datapackage';
import { getDatapackage } from '@/lib/hsds/server';
import { PROFILE_TERMS } from '@/lib/hsds/vocabulary';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'OpenData' });
  return { title: t('title') };
}

const ENDPOINTS = [
  '/api/hsds/services',
  '/api/hsds/organizations',
  '/api/hsds/service_at_locations',
  '/api/hsds/taxonomies',
  '/api/hsds/taxonomy_terms',
];

/** The open-data hub: downloads, the HSDS API, what the bulk file holds and leaves out, and the Canadian profile. */
export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('OpenData');
  const pkg = getDatapackage();
  const counts = pkg.descriptor['counts'] as Record<string, number>;
  const excluded = pkg.descriptor['excluded'] as ExcludedSource[];
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA');
  const langSuffix = locale === 'fr' ? '?lang=fr' : '';
  return (
    <div className="container prose">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('downloadsHeading')}</h2>
        <ul>
          <li>
            <a href="/api/hsds/datapackage/datapackage.json" download>
              {t('datapackage')}
            </a>
          </li>
          <li>
            <a href="/api/hsds/points.geojson" download>
              {t('geojson')}
            </a>
          </li>
          <li>
            <a href="/api/hsds/profile.json">{t('profileSchema')}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-heading">
        <h2 id="api-heading">{t('apiHeading')}</h2>
        <p>{t('apiIntro', { max: MAX_PER_PAGE })}</p>
        <ul>
          {ENDPOINTS.map((path) => (
            <li key={path}>
              <a href={`${path}${langSuffix}`}>
                <code>{path}</code>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t('countsHeading')}</h2>
        <table>
          <caption>{t('countsCaption', { version: String(pkg.descriptor['version']) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableColumn')}</th>
              <th scope="col">{t('countColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(counts).map(([table, count]) => (
              <tr key={table}>
                <th scope="row">
                  <a
                    href={`/api/hsds/datapackage/${(pkg.descriptor['resources'] as Array<{ name: string; path: string }>).find((r) => r.name === table)?.path ?? ''}`}
                    download
                  >
                    <code>{table}</code>
                  </a>
                </th>
                <td>{number.format(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="excluded-heading">
        <h2 id="excluded-heading">{t('excludedHeading')}</h2>
        <p>{t('excludedIntro')}</p>
        <table>
          <caption>{t('excludedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sourceColumn')}</th>
              <th scope="col">{t('licenceColumn')}</th>
              <th scope="col">{t('reasonColumn')}</th>
              <th scope="col">{t('pointsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {excluded.map((source) => (
              <tr key={source.sourceId}>
                <th scope="row">
                  <code>{source.sourceId}</code>
                </th>
                <td lang={locale === 'fr' ? 'en' : undefined}>{source.licence}</td>
                <td>{source.reason[locale]}</td>
                <td>{number.format(source.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('profileHeading')}</h2>
        <p>{t('profileIntro')}</p>
        <ul>
          <li>{t('profileOrder')}</li>
          <li>{t('profileRoles')}</li>
          <li>{t('profilePrecision')}</li>
          <li>{t('profileLanguages')}</li>
          <li>{t('profileProvenance')}</li>
        </ul>
        <table>
          <caption>{t('termsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('termColumn')}</th>
              <th scope="col">{t('valuesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {PROFILE_TERMS.map((term) => (
              <tr key={term.code}>
                <th scope="row">
                  <code>{term.code}</code>
                </th>
                <td>{'values' in term ? <code>{term.values.join(', ')}</code> : t('anyValue')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t('publishHeading')}</h2>
        <p>{t('publishIntro')}</p>
        <p>
          <Link href="/open-data/check">{t('checkLink')}</Link>
        </p>
      </section>
    </div>
  );
}
