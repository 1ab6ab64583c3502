import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../data/snapshot';
import { buildPlaceIndex, splitNeedAndPlace, type PlaceIndex } from './place';

let index: PlaceIndex;
beforeAll(() => {
  const { snapshot } = loadSnapshot();
  index = buildPlaceIndex(snapshot.places, snapshot.servicePoints);
});

describe('one box: need and place typed together', () => {
  it('splits French searches', () => {
    expect(splitNeedAndPlace('passeport Trois-Rivières', index, 'fr')).toEqual({ need: 'passeport', place: 'Trois-Rivières' });
    expect(splitNeedAndPlace('bibliothèque H2X 1Y4', index, 'fr')).toEqual({ need: 'bibliothèque', place: 'H2X 1Y4' });
    expect(splitNeedAndPlace('assurance-emploi à Chicoutimi', index, 'fr')).toEqual({ need: 'assurance-emploi', place: 'Chicoutimi' });
    expect(splitNeedAndPlace('permis de conduire près de St-Jérôme', index, 'fr')).toEqual({
      need: 'permis de conduire',
      place: 'St-Jérôme',
    });
  });

  it('splits English searches', () => {
    expect(splitNeedAndPlace('EI near Moncton', index)).toEqual({ need: 'EI', place: 'Moncton' });
    expect(splitNeedAndPlace('passport office in Happy Valley-Goose Bay', index)).toEqual({
      need: 'passport office',
      place: 'Happy Valley-Goose Bay',
    });
    expect(splitNeedAndPlace('SIN x0a0h0', index)).toEqual({ need: 'SIN', place: 'X0A 0H0' });
    expect(splitNeedAndPlace('Fort McMurray passport', index)).toEqual({ need: 'passport', place: 'Fort McMurray' });
  });

  it('takes a place or a postal code alone as "what is near"', () => {
    expect(splitNeedAndPlace('Iqaluit', index)).toEqual({ need: '', place: 'Iqaluit' });
    expect(splitNeedAndPlace('K1A 0B1', index)).toEqual({ need: '', place: 'K1A 0B1' });
  });

  it('leaves a need without a place alone', () => {
    expect(splitNeedAndPlace('employment insurance', index)).toBeUndefined();
    expect(splitNeedAndPlace('renouveler mon passeport', index, 'fr')).toBeUndefined();
  });
});
