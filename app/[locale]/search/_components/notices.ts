import type { Messages } from 'next-intl';
import type { SearchNotice } from '@/lib/search/outcome';
import type { SearchView } from '@/lib/search/present';

/** Where a notice is said: as the results' heading, in place of the count of places, or in a paragraph under it. */
export type NoticeSlot = 'heading' | 'paragraph';

type SearchMessages = Messages['Search'];
/** A message (not a group) of the Search namespace, checked against messages/en.json. */
export type SearchMessageKey = { [K in keyof SearchMessages]: SearchMessages[K] extends string ? K : never }[keyof SearchMessages];

export interface NoticeMessage {
  slot: NoticeSlot;
  /** the message of the Search namespace, by what else the answer holds; null: nothing to say here */
  key: (view: SearchView) => SearchMessageKey | null;
}

/**
 * Every notice of the engine and what the results page says for it: the one place a notice becomes words, so none is
 * said twice. The place notices (unknown, ambiguous, invalid) say nothing here: the place's own notice names the
 * problem and offers the choices.
 */
export const NOTICE_MESSAGES: Record<SearchNotice, NoticeMessage | null> = {
  'needs-query': { slot: 'heading', key: (view) => (view.nearby && view.place?.status === 'resolved' ? 'nearbyHeading' : 'needsQuery') },
  'no-match': { slot: 'heading', key: () => 'noMatch' },
  'not-offered-here': { slot: 'heading', key: () => 'notOfferedHere' },
  // "the options below" only when there are options below
  'needs-place': { slot: 'paragraph', key: (view) => (view.services.length > 0 ? 'needsPlace' : 'needsPlaceNoOptions') },
  // an office gap explains the empty list itself, with the government's own office finder
  'no-results-nearby': {
    slot: 'paragraph',
    key: (view) => (view.officeGaps ? null : view.services.length > 0 ? 'noResultsNearby' : 'noResultsNearbyNoOptions'),
  },
  'online-only': { slot: 'paragraph', key: () => 'onlineOnly' },
  'past-end': { slot: 'paragraph', key: () => 'pastEnd' },
  'place-unknown': null,
  'place-ambiguous': null,
  'place-invalid': null,
};

/** The message key a view's notice puts in a slot, if any. */
export function noticeKey(view: SearchView, slot: NoticeSlot): SearchMessageKey | null {
  const message = view.notice ? NOTICE_MESSAGES[view.notice] : null;
  return message?.slot === slot ? message.key(view) : null;
}
