import { getRequestConfig } from 'next-intl/server';
import { routing, isAppLocale } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isAppLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Hours and dates are always written in a named zone (an office's own, lib/hours). Naming one here spares next-intl
    // asking the server for its zone on every request (a new Intl.DateTimeFormat each time: 3 % of a page's CPU).
    timeZone: 'UTC',
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
