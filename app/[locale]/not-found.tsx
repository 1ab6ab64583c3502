import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  const site = await getTranslations('Metadata');
  return (
    <div className="container prose">
      {/* not-found pages cannot export metadata; React hoists this title into <head>. */}
      <title>{`${t('title')} | ${site('siteName')}`}</title>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
