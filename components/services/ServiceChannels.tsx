import { useTranslations } from 'next-intl';
import type { ServiceChannelsView } from '@/lib/search/present';
import { telHref } from '@/lib/i18n-text';
import { OtherLanguageNote } from './OtherLanguageNote';

/**
 * Online and phone ways to get a service, so a person far from any office still gets an answer. `placesListed`: the
 * page lists places below (else "in person" does not point to them).
 */
export function ServiceChannels({ service, placesListed }: { service: ServiceChannelsView; placesListed: boolean }) {
  const t = useTranslations('Channels');
  return (
    <ul className="channels">
      {service.online ? (
        <li>
          <span className="channels__label">{t('online')}</span>{' '}
          <a href={service.online} rel="noopener noreferrer" hrefLang={service.onlineLanguage}>
            {t('onlineLink', { service: service.name })}
          </a>
          <OtherLanguageNote language={service.onlineLanguage} />
        </li>
      ) : null}
      {service.phones.map((phone) => (
        <li key={phone.number}>
          <span className="channels__label">{phone.label ?? t('phone')}</span> <a href={telHref(phone.number)}>{phone.number}</a>
          {phone.hours ? <span className="muted"> ({phone.hours})</span> : null}
        </li>
      ))}
      {service.inPerson ? (
        <li>
          <span className="channels__label">{t('inPerson')}</span> {placesListed ? t('inPersonHint') : t('inPersonNotListed')}
        </li>
      ) : null}
    </ul>
  );
}
