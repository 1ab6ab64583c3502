import { useLocale, useTranslations } from 'next-intl';
import { GovernmentOrder, LocationType, type Locale } from '@/lib/model/schema';
import type { LifeEventSummary } from '@/lib/catalogue/catalogue';
import { UseMyLocation } from './UseMyLocation';
import { locationTypeName } from '@/lib/model/location-types';

export interface SearchFormValues {
  q?: string;
  near?: string;
  event?: string;
  order?: string;
  type?: string;
  open?: boolean;
  language?: string;
  within?: string;
}

const DISTANCES = ['5', '10', '25', '50', '100', '250'];

/**
 * A plain GET form: works without JavaScript, and its state lives in the URL.
 * With `filters`, the life event, government, type, open-now, language and distance filters come along.
 */
export function SearchForm({
  action,
  values,
  lifeEvents,
  filters,
  orders: offered,
  types: offeredTypes,
}: {
  action: string;
  values: SearchFormValues;
  lifeEvents: LifeEventSummary[];
  filters: boolean;
  /** the orders of government that can return something (all when absent) */
  orders?: readonly GovernmentOrder[];
  /** the kinds of place that can return something (all when absent) */
  types?: readonly LocationType[];
}) {
  const t = useTranslations('SearchForm');
  const orders = useTranslations('Orders');
  const locale = useLocale() as Locale;
  const activeFilters =
    [values.event, values.order, values.type, values.language, values.within].filter(Boolean).length + (values.open ? 1 : 0);
  return (
    <form id="search-form" method="get" action={action} role="search" aria-label={t('label')} className="search-form">
      <div className="search-form__main">
        <div className="field">
          <label htmlFor="q">{t('needLabel')}</label>
          <span className="hint" id="q-hint">
            {t('needHint')}
          </span>
          <input id="q" name="q" type="search" defaultValue={values.q ?? ''} aria-describedby="q-hint" autoComplete="off" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="near">{t('placeLabel')}</label>
          <span className="hint" id="near-hint">
            {t('placeHint')}
          </span>
          <input
            id="near"
            name="near"
            type="text"
            defaultValue={values.near ?? ''}
            aria-describedby="near-hint"
            autoComplete="postal-code"
            maxLength={120}
          />
          <UseMyLocation formId="search-form" label={t('useMyLocation')} busyLabel={t('locating')} deniedLabel={t('locationDenied')} />
        </div>
      </div>
      {filters ? (
        // Collapsed on arrival so results come first on a phone; open when a filter is in use. Works without JavaScript.
        <details className="filters" open={activeFilters > 0}>
          <summary>{activeFilters > 0 ? t('filtersActive', { count: activeFilters }) : t('filtersLegend')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('filtersLegend')}</legend>
            <div className="filters__grid">
              <div className="field">
                <label htmlFor="event">{t('lifeEvent')}</label>
                <select id="event" name="event" defaultValue={values.event ?? ''}>
                  <option value="">{t('any')}</option>
                  {lifeEvents.map((event) => (
                    <option key={event.id} value={event.id}>
                      {event.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="order">{t('order')}</label>
                <select id="order" name="order" defaultValue={values.order ?? ''}>
                  <option value="">{t('any')}</option>
                  {(offered ?? GovernmentOrder.options).map((order) => (
                    <option key={order} value={order}>
                      {orders(order)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="type">{t('type')}</label>
                <select id="type" name="type" defaultValue={values.type ?? ''}>
                  <option value="">{t('any')}</option>
                  {(offeredTypes ?? LocationType.options).map((type) => (
                    <option key={type} value={type}>
                      {locationTypeName(type, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="language">{t('language')}</label>
                <select id="language" name="language" defaultValue={values.language ?? ''}>
                  <option value="">{t('any')}</option>
                  <option value="en">{t('languageEn')}</option>
                  <option value="fr">{t('languageFr')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor="within">{t('within')}</label>
                <select id="within" name="within" defaultValue={values.within ?? ''}>
                  <option value="">{t('any')}</option>
                  {DISTANCES.map((km) => (
                    <option key={km} value={km}>
                      {t('withinKm', { km })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="checkbox">
                <input id="open" name="open" type="checkbox" value="1" defaultChecked={values.open} />
                <label htmlFor="open">{t('openNow')}</label>
              </div>
            </div>
          </fieldset>
        </details>
      ) : null}
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  );
}
