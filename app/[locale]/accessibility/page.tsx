import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return { title: t('title') };
}

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Accessibility');
  return (
    <div className="container prose">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('whatWeDoTitle')}</h2>
      <ul>
        <li>{t('whatWeDo1')}</li>
        <li>{t('whatWeDo2')}</li>
        <li>{t('whatWeDo3')}</li>
        <li>{t('whatWeDo4')}</li>
      </ul>
      <h2>{t('limitsTitle')}</h2>
      <ul>
        <li>{t('limits1')}</li>
        <li>{t('limits2')}</li>
      </ul>
      <h2>{t('contactTitle')}</h2>
      <p>{t('contact')}</p>
    </div>
  );
}
