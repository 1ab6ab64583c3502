import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cookies, headers } from 'next/headers';
import { setRequestLocale } from 'next-intl/server';
import { servicePointBySlug } from '@/lib/data/server';
import { locationView } from '@/lib/locations/view';
import { parseInstant } from '@/lib/search/params';
import { pickText } from '@/lib/i18n-text';
import { platformOf } from '@/lib/geo/directions';
import { shareablePath } from '@/lib/share/actions';
import { TEXT_ONLY_COOKIE, isTextOnly } from '@/lib/offline/text-only';
import { recentReporters } from '@/lib/reports/server';
import { TakeAway } from '@/components/share/TakeAway';
import type { AppLocale } from '@/i18n/routing';
import { LocationHeader } from './_components/LocationHeader';
import { NowSection } from './_components/NowSection';
import { WhereSection } from './_components/WhereSection';
import { HoursSection } from './_components/HoursSection';
import { ServicesSection } from './_components/ServicesSection';
import { DetailsSection } from './_components/DetailsSection';
import { SourceSection } from './_components/SourceSection';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ at?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const point = servicePointBySlug(slug);
  if (!point) return {};
  return { title: pickText(point.name, locale) };
}

export default async function LocationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const point = servicePointBySlug(slug);
  if (!point) notFound();
  const { at } = await searchParams;
  // `?at=` lets a person (and the tests) check another moment; anything unreadable means now.
  const instant = (at && parseInstant(at)) || new Date();
  const requestHeaders = await headers();
  const view = locationView(point, locale, instant, { platform: platformOf(requestHeaders.get('user-agent')) });
  // never waits more than 1.5 s on the reports database, and shows nothing rather than fail
  const reporters = await recentReporters('location', point.slug);
  // The CSP admits the JSON-LD script by the request's nonce.
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  // Share, print, calendar and text-only actions (components/share/TakeAway).
  const pagePath = requestHeaders.get('x-guichet-path') ?? view.path;
  const pageSearch = requestHeaders.get('x-guichet-search') ?? '';
  const textOnly = isTextOnly(new URLSearchParams(pageSearch).get('text'), (await cookies()).get(TEXT_ONLY_COOKIE)?.value);

  return (
    <div className="container location">
      {/* eslint-disable-next-line react/no-danger -- JSON-LD must reach the page unescaped; serializeJsonLd escapes <, > and & */}
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: view.jsonLd }} />
      <LocationHeader name={view.name} type={view.type} host={view.host} />
      <NowSection now={view.now} />
      <TakeAway
        locale={locale}
        path={pagePath}
        search={pageSearch}
        sharePath={shareablePath(view.path, pageSearch)}
        title={view.name.text}
        printed={view.takeAway.printed}
        calendar={view.takeAway.calendar}
        textOnly={textOnly}
      />
      <div className="location__grid">
        <WhereSection id={view.id} name={view.name.text} path={view.path} where={view.where} />
        <HoursSection hours={view.hours} />
      </div>
      <ServicesSection services={view.services} />
      <DetailsSection details={view.details} />
      <SourceSection source={view.source} reporters={reporters} />
    </div>
  );
}
