import type { AppLocale } from '@/i18n/routing';
import type messages from '@/messages/en.json';

// next-intl checks every message key and locale against these at compile time: a misspelt key fails `tsc`.
// fr.json is held to the same keys by messages/messages.test.ts.
declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
