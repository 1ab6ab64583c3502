import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { alternateHref } from '@/i18n/alternate';
import type { AppLocale } from '@/i18n/routing';

export async function SiteHeader({ locale, path, search }: { locale: AppLocale; path: string; search: string }) {
  const t = await getTranslations('Layout');
  const other: AppLocale = locale === 'en' ? 'fr' : 'en';
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{t('productName')}</span>
          <span className="site-header__tagline">{t('tagline')}</span>
        </Link>
        {/* A plain link so switching language works without JavaScript and keeps the page and its query. */}
        <a className="site-header__lang" href={alternateHref(path, search, locale, other)} hrefLang={other} lang={other}>
          {t('otherLanguage')}
        </a>
      </div>
    </header>
  );
}
