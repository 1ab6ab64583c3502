import type { Locale, Localized } from './model/schema';

/** The text in the reader's language, else the other official language (the page marks it with lang). */
export function pickText(text: Localized | { en?: string; fr?: string } | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'fr' ? (text.fr ?? text.en) : (text.en ?? text.fr)) ?? '';
}

/** The language the picked text is actually in, for a `lang` attribute when it differs from the page's. */
export function pickedLanguage(text: { en?: string; fr?: string } | undefined, locale: Locale): Locale {
  if (!text) return locale;
  if (locale === 'fr') return text.fr ? 'fr' : 'en';
  return text.en ? 'en' : 'fr';
}

/**
 * How French joins "de" to a name: "d’Ottawa", "de Toronto". French messages choose with
 * `{elision, select, vowel {d’{place}} other {de {place}}}`; English ones ignore it. A name starting with "h" keeps
 * "de": many place names take an aspirated h.
 */
export function frenchElision(name: string): 'vowel' | 'other' {
  return /^[aeiouâàäéèêëîïôöûùüœæ]/i.test(name.trim()) ? 'vowel' : 'other';
}

/** "13:30" → "1:30 p.m." (Canadian English) or "13 h 30" (Canadian French). Wall-clock text, no time zone involved. */
export function formatClock(hhmm: string, locale: Locale): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  if (locale === 'fr') return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
  const suffix = h < 12 || h === 24 ? 'a.m.' : 'p.m.';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(m).padStart(2, '0')} ${suffix}`;
}

// Formatters are built once per language and form: creating one per label cost 6 % of a results page's CPU.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withYear: boolean, weekdayOnly = false): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}|${weekdayOnly}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = weekdayOnly
      ? { weekday: 'long', timeZone: 'UTC' }
      : { weekday: 'long', month: 'long', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "2026-11-23" → "Monday, November 23" / "lundi 23 novembre". The date is a local calendar date: format it as UTC. */
export function formatLocalDate(date: string, locale: Locale, withYear = false): string {
  return formatDate(dateFormat(locale, withYear), new Date(`${date}T12:00:00Z`), locale);
}

/** `format` applied to `date`, with the first of the month written "1er" in French ("mardi 1er décembre"). */
export function formatDate(format: Intl.DateTimeFormat, date: Date, locale: Locale): string {
  if (locale !== 'fr') return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

export function formatWeekday(date: string, locale: Locale): string {
  return dateFormat(locale, false, true).format(new Date(`${date}T12:00:00Z`));
}

/** A tel: link for a number as written ("1-800-206-7218", "416-362-0805 ext. 230"): digits only, extension dropped. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s*(ext|poste|x)\.?\s*\d+\s*$/i, '').replace(/[^0-9+]/g, '')}`;
}
