import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '../_i18n/navigation';
import type { AppLocale } from '../_i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: { absolute: t('title') } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  return (
    <div className="container">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form method="get" action={getPathname({ href: '/search', locale })} role="search">
        <div className="field">
          <label htmlFor="q">{t('needLabel')}</label>
          <span className="hint" id="q-hint">{t('needHint')}</span>
          <input id="q" name="q" type="search" aria-describedby="q-hint" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="near">{t('placeLabel')}</label>
          <span className="hint" id="near-hint">{t('placeHint')}</span>
          <input id="near" name="near" type="text" aria-describedby="near-hint" autoComplete="postal-code" />
        </div>
        <button type="submit" className="button">{t('submit')}</button>
      </form>
    </div>
  );
}
