import { describe, expect, it } from 'vitest';
import { guessHostOrganization } from './hosts';

describe('guessHostOrganization', () => {
  it('names the host in French from the French address, where that line names it too', () => {
    const library = guessHostOrganization('René-Richard Library', 'QC', 'Baie-Saint-Paul', 'Bibliothèque René-Richard');
    expect(library?.organization).toMatchObject({
      name: { en: 'René-Richard Library', fr: 'Bibliothèque René-Richard' },
      order: 'municipal',
    });
    // the id follows the English line, so it does not change with the translation
    expect(library?.organization.id).toBe(guessHostOrganization('René-Richard Library', 'QC', 'Baie-Saint-Paul')?.organization.id);
  });

  it('keeps the English name alone when the French line is a street address, missing or the same', () => {
    expect(guessHostOrganization('Town of Lynn Lake', 'MB', 'Lynn Lake', '503 Sherritt Avenue')?.organization.name).toEqual({
      en: 'Town of Lynn Lake',
    });
    expect(guessHostOrganization('Town of Lynn Lake', 'MB', 'Lynn Lake')?.organization.name).toEqual({ en: 'Town of Lynn Lake' });
    expect(guessHostOrganization('Centre Riverside', 'NB', 'Albert', 'Centre Riverside')?.organization.name).toEqual({
      en: 'Centre Riverside',
    });
    expect(guessHostOrganization('123 Main Street', 'ON', 'Kenora', 'Bibliothèque')).toBeUndefined();
  });
});
