import { describe, expect, it } from 'vitest';
import { pointsByName } from './point-names';

// points 0: "Service Canada Centre Moncton", 1: "ServiceOntario Ottawa", 2: "Ottawa Public Library", 3: "Montreal library"
const words: Record<string, number[]> = {
  canada: [0],
  centre: [0],
  library: [2, 3],
  moncton: [0],
  montreal: [3],
  ottawa: [1, 2],
  public: [2],
  service: [0],
  serviceontario: [1],
};
const index = {
  nameWords: Object.keys(words).sort(),
  pointsByNameWord: new Map(Object.entries(words).map(([word, list]) => [word, Int32Array.from(list)])),
};
const found = (query: string) => {
  const points = pointsByName(index, query);
  return points ? [...points].sort() : null;
};

describe('pointsByName', () => {
  it('finds the points holding every word of the query', () => {
    expect(found('Ottawa library')).toEqual([2]);
    expect(found('library')).toEqual([2, 3]);
    expect(found('Service Canada Moncton')).toEqual([0]);
  });

  it('reads the last word as a prefix, the others as whole words', () => {
    expect(found('Ottawa lib')).toEqual([2]);
    expect(found('ott')).toEqual([1, 2]);
    expect(found('library mont')).toEqual([3]);
    expect(found('serv')).toEqual([0, 1]);
    expect(found('serv ottawa')).toBeNull();
  });

  it('is accent- and case-insensitive', () => {
    expect(found('MONTRÉAL')).toEqual([3]);
  });

  it('gives null when a word is nowhere, or the query has no content word', () => {
    expect(found('Ottawa passport')).toBeNull();
    expect(found('zzz')).toBeNull();
    expect(found('')).toBeNull();
  });
});
