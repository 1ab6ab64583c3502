import { describe, expect, it } from 'vitest';
import { renderInLocale, visibleText } from '@/components/testing/render';
import type { ServicesView } from '@/lib/locations/view';
import { ServicesSection } from './ServicesSection';

const SERVICES: ServicesView = {
  providers: [
    {
      key: 'gc-ircc',
      provider: { name: 'Immigration, Réfugiés et Citoyenneté Canada', order: 'federal' },
      role: { kind: 'at-host', mode: 'in-person', host: 'Anciens Combattants Canada' },
      services: [
        {
          id: 'biometrics',
          name: { text: 'Collecte des données biométriques (empreintes digitales et photo)', lang: 'fr' },
          features: [{ kind: 'code', code: 'biometrics' }],
        },
        { id: 'passport', name: { text: 'Services de passeport', lang: 'fr' }, features: [{ kind: 'code', code: 'urgent' }] },
      ],
    },
  ],
  catalogue: [],
  sameSite: [],
};

describe('ServicesSection', () => {
  it('does not repeat in brackets what a service’s name already says, and elides before a vowel', () => {
    const text = visibleText(renderInLocale(<ServicesSection services={SERVICES} />, 'fr'));
    expect(text).toContain('Collecte des données biométriques (empreintes digitales et photo)');
    expect(text).not.toContain('(données biométriques)');
    expect(text).toContain('Services de passeport (passeports urgents)');
    expect(text).toContain('Offert dans ce lieu d’Anciens Combattants Canada.');
  });
});
