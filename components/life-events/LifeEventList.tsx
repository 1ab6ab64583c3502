import { lifeEventSlug, type LifeEventSummary } from '@/lib/catalogue/catalogue';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

/** The life events as tiles, each linking its page in the page's language. */
export function LifeEventList({ lifeEvents, locale }: { lifeEvents: readonly LifeEventSummary[]; locale: AppLocale }) {
  return (
    <ul className="tile-list">
      {lifeEvents.map((event) => (
        <li key={event.id} className="tile">
          <a href={getPathname({ href: { pathname: '/life-events/[id]', params: { id: lifeEventSlug(event.id, locale) } }, locale })}>
            {event.name}
          </a>
          <p>{event.description}</p>
        </li>
      ))}
    </ul>
  );
}
