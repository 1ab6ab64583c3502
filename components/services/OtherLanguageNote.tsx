import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/model/schema';

/** "(page en anglais)" after a link to an official page that is not in the page's language; nothing otherwise. */
export function OtherLanguageNote({ language }: { language: Locale | undefined }) {
  const t = useTranslations('Channels');
  const locale = useLocale();
  if (language === undefined || language === locale) return null;
  return <span className="muted"> {t('pageInOtherLanguage')}</span>;
}
