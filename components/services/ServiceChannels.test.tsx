import { describe, expect, it } from 'vitest';
import { renderInLocale, visibleText } from '@/components/testing/render';
import type { ServiceChannelsView } from '@/lib/search/present';
import { ServiceChannels } from './ServiceChannels';

const OHIP: ServiceChannelsView = {
  id: 'ontario-health-card',
  name: 'Carte Santé de l’Ontario',
  order: 'provincial',
  online: 'https://www.ontario.ca/page/apply-ohip-and-get-health-card',
  onlineLanguage: 'en',
  phones: [],
  inPerson: true,
  path: '/fr/services/ontario-health-card',
  audience: null,
};

describe('ServiceChannels', () => {
  it('labels an official page in the other language, and only then', () => {
    const fr = renderInLocale(<ServiceChannels service={OHIP} placesListed />, 'fr');
    expect(fr).toContain('hrefLang="en"');
    expect(visibleText(fr)).toContain('(site officiel) (page en anglais)');
    const en = renderInLocale(<ServiceChannels service={OHIP} placesListed />, 'en');
    expect(visibleText(en)).not.toContain('(page in French)');
    expect(visibleText(renderInLocale(<ServiceChannels service={{ ...OHIP, onlineLanguage: 'fr' }} placesListed />, 'en'))).toContain(
      '(page in French)',
    );
  });

  it('points to the places below only when the page lists some', () => {
    expect(visibleText(renderInLocale(<ServiceChannels service={OHIP} placesListed />, 'fr'))).toContain('voir les lieux ci-dessous');
    const none = visibleText(renderInLocale(<ServiceChannels service={OHIP} placesListed={false} />, 'fr'));
    expect(none).not.toContain('ci-dessous');
    expect(none).toContain('aucun n’est indiqué sur cette page');
  });
});
