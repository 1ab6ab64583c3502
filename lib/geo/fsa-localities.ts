import type { Place } from '../model/schema';
import { matchKey } from '../text/fold';

/**
 * Urban FSAs are named after their town ("Kingston (Downtown)", "Kingston (Westbrook / …)"). The gazetteer misses some
 * sizeable towns (Kingston, Ontario among them), so a town named by urban FSAs and absent from the gazetteer is placed
 * at the mean of those FSAs' centroids, at locality precision. Rural FSAs (second character 0) cover large areas and
 * are not used.
 */
export function localitiesFromFsaNames(places: readonly Place[]): Place[] {
  const known = new Set(
    places
      .filter((p) => p.kind !== 'fsa')
      .flatMap((p) => [p.name.en, p.name.fr, ...p.altNames].filter(Boolean).map((n) => `${p.province}:${matchKey(n!)}`)),
  );
  const groups = new Map<string, { name: string; members: Place[] }>();
  for (const place of places) {
    if (place.kind !== 'fsa' || place.id.charAt(5) === '0') continue;
    for (const alt of place.altNames) {
      const base = alt.split('(')[0]!.trim();
      if (!base || /region|county|provincial government|central|north|south|east|west/i.test(base)) continue;
      const key = `${place.province}:${matchKey(base)}`;
      if (known.has(key)) continue;
      const group = groups.get(key) ?? { name: base, members: [] };
      group.members.push(place);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ name, members }) => {
    const first = members[0]!;
    return {
      id: `fsa-town-${matchKey(name).replace(/ /g, '-')}-${first.province.toLowerCase()}`,
      name: { en: name, fr: name },
      altNames: [],
      kind: 'town' as const,
      province: first.province,
      lat: members.reduce((sum, m) => sum + m.lat, 0) / members.length,
      lon: members.reduce((sum, m) => sum + m.lon, 0) / members.length,
      precision: 'locality' as const,
      provenance: { ...first.provenance, recordId: members.map((m) => m.id).join(' ') },
    };
  });
}
