import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { listLifeEvents } from '@/lib/catalogue/catalogue';
import { getSearchIndex, searchRequest } from '@/lib/search/server';
import { SearchForm } from '@/components/search/SearchForm';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { SearchResults } from './_components/SearchResults';
import { cookies, headers } from 'next/headers';
import { platformOf } from '@/lib/geo/directions';
import { nearestPlaceName } from '@/lib/display/nearest-place';
import { offeredOrders, offeredTypes } from '@/lib/display/orders';
import { TakeAway } from '@/components/share/TakeAway';
import { printedDate, shareablePath } from '@/lib/share/actions';
import { TEXT_ONLY_COOKIE, isTextOnly } from '@/lib/offline/text-only';
import { timeZoneFor } from '@/lib/hours';
import { resultsMapCount, resultsMapUrl } from '@/lib/search/results-map';
import { keepsOpenNow } from '@/lib/search/params';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function toURLSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') query.set(key, value);
    else if (Array.isArray(value) && value[0] !== undefined) query.set(key, value[0]);
  }
  return query;
}

/** The page's query: its own language wins over a `lang` parameter (that one is for the API). */
async function pageQuery(searchParams: Props['searchParams']): Promise<URLSearchParams> {
  const query = toURLSearchParams(await searchParams);
  query.delete('lang');
  return query;
}

/** One search per request, shared by the title and the page (keyed by the query string, so both calls meet). */
const answerFor = cache(async (locale: AppLocale, query: string) => {
  const platform = platformOf((await headers()).get('user-agent'));
  return searchRequest(new URLSearchParams(query), { lang: locale, platform });
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  // the title shows the need only once it passed the same validation as the search (no control characters, bounded)
  const answer = await answerFor(locale, (await pageQuery(searchParams)).toString());
  const q = answer.ok ? answer.params.q.slice(0, 80) : '';
  return { title: q ? t('titleFor', { q }) : t('title') };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Search');
  const query = await pageQuery(searchParams);
  const action = getPathname({ href: '/search', locale });
  const lifeEvents = listLifeEvents(locale);
  const answer = await answerFor(locale, query.toString());
  const formValues = {
    q: query.get('q') ?? '',
    near: query.get('near') ?? '',
    event: query.get('event') ?? '',
    order: query.get('order') ?? '',
    type: query.get('type') ?? '',
    open: keepsOpenNow(query),
    language: query.get('language') ?? '',
    within: query.get('within') ?? '',
  };

  if (!answer.ok) {
    return (
      <div className="container">
        <h1>{t('title')}</h1>
        <div className="error-summary" role="alert" aria-labelledby="error-title">
          <h2 id="error-title">{t('invalidTitle')}</h2>
          <ul>
            {answer.problems.map((problem) => (
              <li key={problem.param}>{t('invalidParam', { param: problem.param })}</li>
            ))}
          </ul>
        </div>
        <SearchForm action={action} values={{}} lifeEvents={lifeEvents} filters />
      </div>
    );
  }

  const { params: searched, view } = answer;
  const index = getSearchIndex();
  // a shared position is named by the nearest place, not "46.343, -72.548"
  const positionName =
    view.place?.status === 'resolved' && view.place.understoodAs === 'coordinates'
      ? nearestPlaceName(index.places, view.place.lat, view.place.lon, locale)
      : undefined;
  return (
    <div className="container">
      <h1>{searched.q ? t('headingFor', { q: searched.q }) : t('heading')}</h1>
      <SearchResults
        view={view}
        map={{ url: resultsMapUrl(query, locale), count: resultsMapCount(view.total) }}
        query={query}
        action={action}
        limit={searched.limit}
        offset={searched.offset}
        positionName={positionName}
        form={
          <SearchForm
            action={action}
            values={formValues}
            lifeEvents={lifeEvents}
            filters
            orders={offeredOrders(index, formValues.order)}
            types={offeredTypes(index, formValues.type)}
          />
        }
      />
      {view.results.length > 0 ? (
        <TakeAway
          locale={locale}
          path={action}
          search={`?${query.toString()}`}
          sharePath={shareablePath(action, query.toString())}
          title={searched.q ? t('headingFor', { q: searched.q }) : t('heading')}
          // the date in the searched place's zone (the device's own date replaces it when printing)
          printed={printedDate(
            new Date(),
            view.place?.status === 'resolved' && view.place.province
              ? timeZoneFor(view.place.province, view.place.lat, view.place.lon)
              : 'America/Toronto',
            locale,
          )}
          textOnly={isTextOnly(query.get('text'), (await cookies()).get(TEXT_ONLY_COOKIE)?.value)}
          shareLabel="shareResults"
        />
      ) : null}
    </div>
  );
}
