import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'FeedCheck' });
  return { title: t('title') };
}

/** Upload form of the feed checker: a plain multipart form (works without JavaScript); the report is its response. */
export default async function FeedCheckPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('FeedCheck');
  return (
    <div className="container prose">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="post" action={`/api/hsds/check?lang=${locale}`} encType="multipart/form-data">
        <p>
          <label htmlFor="feed-files">{t('fileLabel')}</label>
          <br />
          <input
            id="feed-files"
            name="files"
            type="file"
            multiple
            required
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="feed-files-hint"
          />
        </p>
        <p id="feed-files-hint">{t('fileHint', { max: locale === 'fr' ? '2 Mo' : '2 MB' })}</p>
        <p>
          <button type="submit">{t('submit')}</button>
        </p>
      </form>
      <p>{t('cli')}</p>
    </div>
  );
}
