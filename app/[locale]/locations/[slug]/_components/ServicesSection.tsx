import { useLocale, useTranslations, type Messages } from 'next-intl';
import type { ServiceFeature, ServicesView } from '@/lib/locations/view';
import type { Locale } from '@/lib/model/schema';
import { frenchElision } from '@/lib/i18n-text';

/** Services delivered here by each provider, the catalogue services they make up, and the other points at this site. */
export function ServicesSection({ services }: { services: ServicesView }) {
  const t = useTranslations('Location');
  const orders = useTranslations('Orders');
  const locale = useLocale() as Locale;
  // Features in words ("express passports in 4 to 9 business days"); codes the page has no words for are left out.
  const features = (list: readonly ServiceFeature[]): string[] =>
    list.flatMap((feature) => {
      if (feature.kind === 'express-days') return [t('featureExpressDays', { from: feature.from, to: feature.to })];
      const key = `feature.${feature.code as keyof Messages['Location']['feature']}` as const; // unknown codes: t.has is false
      return t.has(key) ? [t(key)] : [];
    });
  return (
    <section aria-labelledby="services-heading">
      <h2 id="services-heading">{t('servicesHeading')}</h2>
      {services.providers.map(({ key, provider, role, services: offered }) => (
        <div key={key} className="provider-group">
          <h3>
            {provider ? provider.name : t('unknownProvider')}
            {provider ? <span className="muted"> · {orders(provider.order)}</span> : null}
          </h3>
          <p className="muted">
            {role.kind === 'at-host' ? t(`mode.${role.mode}`, { host: role.host, elision: frenchElision(role.host) }) : t('ownCounter')}
          </p>
          <ul>
            {offered.map((service) => {
              // a feature the service's name already says ("Biometrics collection (fingerprints and photo)") is not repeated
              const words = features(service.features).filter((word) => !service.name.text.toLowerCase().includes(word.toLowerCase()));
              return (
                <li key={service.id}>
                  <span lang={service.name.lang}>{service.name.text}</span>
                  {words.length > 0 ? <span className="muted"> ({words.join(', ')})</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {services.catalogue.length > 0 ? (
        <>
          <h3>{t('catalogueHeading')}</h3>
          <ul className="inline-list">
            {services.catalogue.map((service) => (
              <li key={service.id}>
                <a href={service.path}>{service.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {services.sameSite.length > 0 ? (
        <>
          <h3>{t('coLocatedHeading')}</h3>
          <ul>
            {services.sameSite.map((other) => (
              <li key={other.id}>
                <a href={other.path} lang={other.name.lang === locale ? undefined : other.name.lang}>
                  {other.name.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
