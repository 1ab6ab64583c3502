import { LocationType } from '../model/schema';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import type { LocationTypeLabels } from './engine';

/** The names people use for kinds of service point, in both languages, from the UI's own message catalogues. */
export function locationTypeLabels(): LocationTypeLabels[] {
  return LocationType.options.map((type) => {
    const labels = [en.LocationTypes[type], fr.LocationTypes[type]];
    return {
      type,
      names: labels.map((l) => l.name),
      synonyms: labels.flatMap((l) => l.synonyms.split(',').map((s) => s.trim())).filter(Boolean),
    };
  });
}
