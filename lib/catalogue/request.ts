import { GovernmentOrder, Locale } from '../model/schema';
import { CatalogueId } from './schema';

/** Query parsing shared by the catalogue's route handlers (web-standard Request/Response only). */

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

const JSON_HEADERS = { 'Cache-Control': 'public, max-age=300' };

export function jsonResponse(body: unknown): Response {
  return Response.json(body, { headers: JSON_HEADERS });
}

export function errorResponse(status: 400 | 404, error: string): Response {
  return Response.json({ error }, { status });
}

/** `lang` defaults to English; anything other than en/fr is a client error. */
export function parseLang(url: URL): Parsed<Locale> {
  const raw = url.searchParams.get('lang');
  if (raw === null) return { ok: true, value: 'en' };
  const lang = Locale.safeParse(raw);
  if (!lang.success) return { ok: false, response: errorResponse(400, `lang must be "en" or "fr" (got "${raw}")`) };
  return { ok: true, value: lang.data };
}

export function parseOrder(url: URL): Parsed<GovernmentOrder | undefined> {
  const raw = url.searchParams.get('order');
  if (raw === null) return { ok: true, value: undefined };
  const order = GovernmentOrder.safeParse(raw);
  if (!order.success) return { ok: false, response: errorResponse(400, `order must be one of ${GovernmentOrder.options.join(', ')} (got "${raw}")`) };
  return { ok: true, value: order.data };
}

/** An id that cannot be a catalogue id is simply not found. */
export function isCatalogueId(id: string): boolean {
  return CatalogueId.safeParse(id).success;
}
