import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import type { SearchView } from '@/lib/search/present';
import { NOTICE_MESSAGES, noticeKey } from './notices';

const view = (partial: Partial<SearchView>): SearchView =>
  ({ notice: null, place: null, services: [], officeGaps: null, nearby: null, results: [], ...partial }) as unknown as SearchView;

describe('notice messages', () => {
  it('every key a notice can say exists in both languages', () => {
    const variants = [
      view({}),
      view({ services: [{}] as SearchView['services'], officeGaps: null }),
      view({ nearby: [], place: { status: 'resolved' } as SearchView['place'] }),
    ];
    const keys = new Set<string>();
    for (const message of Object.values(NOTICE_MESSAGES))
      for (const variant of variants) if (message?.key(variant)) keys.add(message.key(variant)!);
    expect(keys.size).toBeGreaterThanOrEqual(9);
    for (const key of keys) {
      expect(en.Search, key).toHaveProperty(key);
      expect(fr.Search, key).toHaveProperty(key);
    }
  });

  it('puts a notice in one slot only', () => {
    const notOffered = view({ notice: 'not-offered-here' });
    expect(noticeKey(notOffered, 'heading')).toBe('notOfferedHere');
    expect(noticeKey(notOffered, 'paragraph')).toBeNull();
    const needsPlace = view({ notice: 'needs-place' });
    expect(noticeKey(needsPlace, 'heading')).toBeNull();
    expect(noticeKey(needsPlace, 'paragraph')).toBe('needsPlaceNoOptions');
  });

  it('leaves an empty nearby list to the office gap when there is one, and place problems to the place notice', () => {
    expect(noticeKey(view({ notice: 'no-results-nearby', officeGaps: {} as SearchView['officeGaps'] }), 'paragraph')).toBeNull();
    expect(noticeKey(view({ notice: 'no-results-nearby' }), 'paragraph')).toBe('noResultsNearbyNoOptions');
    expect(noticeKey(view({ notice: 'place-unknown' }), 'heading')).toBeNull();
    expect(noticeKey(view({ notice: 'place-unknown' }), 'paragraph')).toBeNull();
    expect(noticeKey(view({}), 'heading')).toBeNull();
  });
});
