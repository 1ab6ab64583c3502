import type { AppLocale } from '@/i18n/routing';

export interface ErrorText {
  title: string;
  body: string;
  retry: string;
  home: string;
  reference: string;
}

/**
 * The words of the error pages. They live here, not in messages/*.json, because error pages are client components
 * rendered when the server could not finish: they carry their own few words instead of the whole catalogue.
 */
export const ERROR_TEXT: Record<AppLocale, ErrorText> = {
  en: {
    title: 'Something went wrong',
    body: 'This page could not be shown because of a problem on our side, not because of anything you did. Try again in a moment, or start again from the home page.',
    retry: 'Try again',
    home: 'Go to the home page',
    reference: 'Error reference: {digest}',
  },
  fr: {
    title: 'Une erreur s’est produite',
    body: 'Cette page n’a pas pu s’afficher à cause d’un problème de notre côté, et non de quelque chose que vous avez fait. Réessayez dans un moment, ou recommencez à partir de la page d’accueil.',
    retry: 'Réessayer',
    home: 'Aller à la page d’accueil',
    reference: 'Référence de l’erreur : {digest}',
  },
};

/** The locale of a route parameter, English when it is missing or unknown (the error may come before routing). */
export function errorLocale(param: string | string[] | undefined): AppLocale {
  return param === 'fr' ? 'fr' : 'en';
}
