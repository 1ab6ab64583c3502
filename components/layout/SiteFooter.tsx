import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('Layout');
  const coverage = await getTranslations('Coverage');
  const planning = await getTranslations('Planning');
  const openData = await getTranslations('OpenData');
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t('footerNav')}>
          <ul className="site-footer__links">
            <li>
              <Link href="/about-the-data">{t('aboutData')}</Link>
            </li>
            <li>
              <Link href="/coverage">{coverage('footerLink')}</Link>
            </li>
            <li>
              <Link href="/planning">{planning('footerLink')}</Link>
            </li>
            <li>
              <Link href="/open-data">{openData('footerLink')}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t('accessibility')}</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__note">{t('footerNote')}</p>
      </div>
    </footer>
  );
}
