import { useLocale, useTranslations } from 'next-intl';
import type { LocationView } from '@/lib/locations/view';
import { locationTypeName } from '@/lib/model/location-types';
import type { Locale } from '@/lib/model/schema';
import { frenchElision } from '@/lib/i18n-text';

/** The point's name, its kind and whose site it is. */
export function LocationHeader({ name, type, host }: Pick<LocationView, 'name' | 'type' | 'host'>) {
  const t = useTranslations('Location');
  const orders = useTranslations('Orders');
  const locale = useLocale() as Locale;
  return (
    <>
      <h1 lang={name.lang === locale ? undefined : name.lang}>{name.text}</h1>
      <p className="location__type">
        {locationTypeName(type, locale)}
        {host ? <> · {t('siteOf', { host: host.name, order: orders(host.order), elision: frenchElision(host.name) })}</> : null}
      </p>
    </>
  );
}
