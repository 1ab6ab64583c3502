import { GovernmentOrder, Locale } from '../model/schema';
import { CatalogueId } from '../model/catalogue';
import { invalidParameters } from './http';

/** Query parameters shared by the catalogue's route handlers. Problems name the parameter, never echo its value. */

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** `lang` defaults to English; anything other than en/fr is a client error. */
export function parseLang(url: URL): Parsed<Locale> {
  const raw = url.searchParams.get('lang');
  if (raw === null) return { ok: true, value: 'en' };
  const lang = Locale.safeParse(raw);
  if (!lang.success) return { ok: false, response: invalidParameters([{ param: 'lang', message: 'must be one of: en, fr' }]) };
  return { ok: true, value: lang.data };
}

export function parseOrder(url: URL): Parsed<GovernmentOrder | undefined> {
  const raw = url.searchParams.get('order');
  if (raw === null) return { ok: true, value: undefined };
  const order = GovernmentOrder.safeParse(raw);
  if (!order.success)
    return {
      ok: false,
      response: invalidParameters([{ param: 'order', message: `must be one of: ${GovernmentOrder.options.join(', ')}` }]),
    };
  return { ok: true, value: order.data };
}

/** An id that cannot be a catalogue id is simply not found. */
export function isCatalogueId(id: string): boolean {
  return CatalogueId.safeParse(id).success;
}
