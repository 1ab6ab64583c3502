import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { reportsRepository, withinTime } from '@/lib/reports/server';
import { stewardAccess } from '@/lib/reports/steward';
import { findListing, knownSourceIds, sourceTitle } from '@/lib/reports/listings';
import type { ProblemWithSubmissions, SourceOpenSummary } from '@/lib/reports/repository';
import styles from '@/components/reports/reports.module.css';
import type { AppLocale } from '@/i18n/routing';

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ source?: string | string[]; error?: string | string[]; updated?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Reports' });
  return { title: t('stewards.title'), robots: { index: false, follow: false } };
}

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * The steward view: open reports by source, each source's reports, exports, and marking a report resolved or not
 * reproducible. Off (404) unless GUICHET_STEWARD_TOKEN is set; otherwise a token form until a session cookie is set.
 */
export default async function StewardsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const access = stewardAccess(await headers());
  if (access === 'off') notFound();
  const t = await getTranslations('Reports');
  const format = await getFormatter();
  const query = await searchParams;
  const error = first(query.error);

  if (access !== 'granted') {
    return (
      <div className="container prose">
        <h1>{t('stewards.title')}</h1>
        {error === 'token' || error === 'limit' ? (
          <div className="error-summary" role="alert">
            <p>{error === 'token' ? t('stewards.badToken') : t('stewards.tooMany')}</p>
          </div>
        ) : null}
        <form method="post" action="/api/v1/reports/session">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="action" value="sign-in" />
          <div className="field">
            <label htmlFor="steward-token">{t('stewards.tokenLabel')}</label>
            <span className="hint" id="steward-token-hint">
              {t('stewards.tokenHint')}
            </span>
            <input
              type="password"
              id="steward-token"
              name="token"
              required
              autoComplete="current-password"
              aria-describedby="steward-token-hint"
              className={styles.token}
            />
          </div>
          <p>
            <button type="submit" className="button">
              {t('stewards.signIn')}
            </button>
          </p>
        </form>
      </div>
    );
  }

  const repository = await withinTime(() => reportsRepository(), 15_000, undefined);
  const summary: SourceOpenSummary[] = repository ? await repository.openBySource() : [];
  const requested = first(query.source);
  const source = requested !== undefined && knownSourceIds().includes(requested) ? requested : summary[0]?.sourceId;
  const problems: ProblemWithSubmissions[] = repository && source ? await repository.openProblems(source) : [];
  const here = locale === 'fr' ? '/fr/intendants' : '/en/stewards';
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' });

  return (
    <div className="container">
      <h1>{t('stewards.title')}</h1>
      <p className="prose">{t('stewards.intro')}</p>
      {first(query.updated) === '1' ? (
        <p className="notice" role="status">
          {t('stewards.updated')}
        </p>
      ) : null}
      {!repository ? <p className="notice">{t('error.unavailable')}</p> : null}
      <h2 id="by-source">{t('stewards.bySource')}</h2>
      {summary.length === 0 ? (
        <p>{t('stewards.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="by-source" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('stewards.colSource')}</th>
                <th scope="col">{t('stewards.colOpen')}</th>
                <th scope="col">{t('stewards.colReporters')}</th>
                <th scope="col">{t('stewards.colLast')}</th>
                <th scope="col">{t('stewards.colExport')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.map((row) => {
                const title = sourceTitle(row.sourceId, locale);
                const exportPath = (fmt: 'csv' | 'json') =>
                  `/api/v1/reports/export?${new URLSearchParams({ source: row.sourceId, format: fmt })}`;
                return (
                  <tr key={row.sourceId}>
                    <th scope="row">
                      <a
                        href={`${here}?${new URLSearchParams({ source: row.sourceId })}`}
                        aria-current={row.sourceId === source ? 'true' : undefined}
                      >
                        {title}
                      </a>
                    </th>
                    <td>{format.number(row.openProblems)}</td>
                    <td>{format.number(row.reporters)}</td>
                    <td>{date(row.lastReportedAt)}</td>
                    <td>
                      <a href={exportPath('csv')}>
                        {t('stewards.exportCsv')}
                        <span className="visually-hidden"> – {t('stewards.exportOf', { source: title })}</span>
                      </a>
                      {' · '}
                      <a href={exportPath('json')}>
                        {t('stewards.exportJson')}
                        <span className="visually-hidden"> – {t('stewards.exportOf', { source: title })}</span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {source !== undefined && problems.length > 0 ? (
        <>
          <h2>{t('stewards.problemsTitle', { source: sourceTitle(source, locale) })}</h2>
          {problems.map((problem) => {
            const listing = findListing(problem.listingKind, problem.listingId);
            return (
              <article key={problem.id} className={styles.problem} aria-labelledby={`problem-${problem.id}`}>
                <h3 id={`problem-${problem.id}`}>
                  {t(`reason.${problem.reason}`)} — {t('stewards.reporters', { count: problem.reporters })}
                </h3>
                <p>
                  {listing ? <a href={listing.paths[locale]}>{listing.name[locale]}</a> : problem.listingId} ·{' '}
                  <span className="muted">{t('stewards.record', { record: problem.recordId })}</span>
                </p>
                <ul>
                  {problem.submissions.map((submission, n) => (
                    <li key={n}>
                      {t('stewards.received', { date: date(submission.receivedAt) })}
                      {submission.visitedOn ? ` (${t('stewards.visited', { date: submission.visitedOn })})` : ''}
                      {/* a note is what a member of the public typed: text only, never markup */}
                      {submission.note ? (
                        <span className={`${styles.note} source-text`} lang={submission.locale} dir="auto">
                          {submission.note}
                        </span>
                      ) : (
                        <span className="muted"> — {t('stewards.noNote')}</span>
                      )}
                    </li>
                  ))}
                </ul>
                <form method="post" action={`/api/v1/reports/${problem.id}`} className={styles.actions}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="source" value={problem.sourceId} />
                  <button type="submit" name="status" value="resolved" className="button">
                    {t('stewards.markResolved')}
                  </button>
                  <button type="submit" name="status" value="not-reproducible" className="button button--secondary">
                    {t('stewards.markNotReproducible')}
                  </button>
                </form>
              </article>
            );
          })}
        </>
      ) : null}
      <form method="post" action="/api/v1/reports/session">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="action" value="sign-out" />
        <p>
          <button type="submit" className="button button--secondary">
            {t('stewards.signOut')}
          </button>
        </p>
      </form>
    </div>
  );
}
