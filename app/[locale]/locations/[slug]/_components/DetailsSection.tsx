import { useTranslations } from 'next-intl';
import type { LocationView } from '@/lib/locations/view';

/** Languages of service and accessibility, "not stated" where the source says nothing. */
export function DetailsSection({ details }: { details: LocationView['details'] }) {
  const t = useTranslations('Location');
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('detailsHeading')}</h2>
      <dl className="details">
        <dt>{t('languages')}</dt>
        <dd>{details.languages.length > 0 ? details.languages.map((l) => t(`language.${l}`)).join(t('and')) : t('notStated')}</dd>
        <dt>{t('wheelchair')}</dt>
        <dd>{details.wheelchair ? t('yes') : t('notStated')}</dd>
        {details.signLanguage.length > 0 ? (
          <>
            <dt>{t('signLanguage')}</dt>
            <dd>{details.signLanguage.join(', ')}</dd>
          </>
        ) : null}
        {details.parking ? (
          <>
            <dt>{t('parking')}</dt>
            <dd>{t(`parkingKind.${details.parking}`)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
