import type { Catalogue } from '../model/catalogue';
import type { GovernmentOrder, Locale, Localized, ProvinceCode, SourceReport } from '../model/schema';
import { officeFinderLink } from '../catalogue/office-finder';
import { formatDate } from '../i18n-text';
import { isDated, type Coverage, type CoverageGap, type CoverageOrderKey } from './coverage';

/**
 * The coverage statement in one language, for the page and for GET /api/v1/coverage. Every figure and every name comes
 * from the Coverage computed from the snapshot and the catalogue; only the wording of the sentences is written here.
 */

export interface CoverageSourceView {
  id: string;
  title: string;
  /** language of the title as recorded (the other one when the source has no title in the page language) */
  titleLanguage: Locale;
  /** recorded as the source states it: a proper name, usually in English */
  publisher: string;
  licence: string;
  order: GovernmentOrder;
  /** the date the source describes: YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  dateText: string;
  /** older than the staleness limit when the snapshot was built */
  dated: boolean;
  upstreamUrl: string | null;
}

export interface OfficeFinderLink {
  label: string;
  url: string;
  /** language of the linked page: English when no French page is known */
  language: Locale;
}

export interface CoverageGapView {
  kind: CoverageGap['kind'];
  /** the gap in a sentence, in the requested language */
  text: string;
  /** catalogue services concerned, when the gap names some */
  serviceIds: string[];
  /** where to go instead: the jurisdiction's official office finder */
  link: OfficeFinderLink | null;
}

export interface CoverageOrderView {
  key: CoverageOrderKey;
  order: GovernmentOrder;
  label: string;
  points: number;
  services: number;
  servicesWithPoints: number;
  sources: Array<Pick<CoverageSourceView, 'id' | 'title' | 'titleLanguage' | 'date' | 'dateText' | 'dated'>>;
}

export interface JurisdictionView {
  code: ProvinceCode;
  name: string;
  order: 'provincial' | 'territorial';
  points: number;
  services: number;
  /** service points of the province's or territory's own government */
  ownPoints: number;
  municipalities: string[];
  officeFinder: OfficeFinderLink;
  orders: CoverageOrderView[];
  gaps: CoverageGapView[];
  replaced: Array<{ id: string; name: string; note: string; replacedBy: Array<{ id: string; name: string }> }>;
}

export interface CoverageView {
  lang: Locale;
  snapshot: { version: string; builtAt: string; builtAtText: string };
  catalogueVersion: string;
  national: {
    points: number;
    services: number;
    orders: Array<{ order: GovernmentOrder; label: string; points: number; services: number }>;
    pointSources: CoverageSourceView[];
    referenceSources: CoverageSourceView[];
  };
  jurisdictions: JurisdictionView[];
}

const intlLocale = (lang: Locale): string => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** 1888 → "1,888" / "1 888" (no-break space). */
export function formatCount(value: number, lang: Locale): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(value);
}

/** "2011" → "2011"; "2019-10" → "October 2019" / "octobre 2019"; "2026-09-30" → "September 30, 2026" / "30 septembre 2026". */
export function formatSourceDate(date: string, lang: Locale): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  if (month === undefined) return year!;
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? '15'), 12));
  if (Number.isNaN(at.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return formatDate(new Intl.DateTimeFormat(intlLocale(lang), options), at, lang);
}

const ORDER_LABELS: Record<Locale, Record<GovernmentOrder, string>> = {
  en: {
    federal: 'Federal',
    provincial: 'Provincial',
    territorial: 'Territorial',
    municipal: 'Municipal',
    indigenous: 'Indigenous',
    community: 'Community organizations',
  },
  fr: {
    federal: 'Fédéral',
    provincial: 'Provincial',
    territorial: 'Territorial',
    municipal: 'Municipal',
    indigenous: 'Autochtone',
    community: 'Organismes communautaires',
  },
};

export function orderLabel(order: GovernmentOrder, lang: Locale): string {
  return ORDER_LABELS[lang][order];
}

/** "Provincial data", "Données provinciales"… for the dated-source sentence. */
const DATA_OF: Record<Locale, Record<GovernmentOrder, string>> = {
  en: {
    federal: 'Federal data',
    provincial: 'Provincial data',
    territorial: 'Territorial data',
    municipal: 'Municipal data',
    indigenous: 'Data of Indigenous governments',
    community: 'Community organization data',
  },
  fr: {
    federal: 'Les données fédérales',
    provincial: 'Les données provinciales',
    territorial: 'Les données territoriales',
    municipal: 'Les données municipales',
    indigenous: 'Les données des gouvernements autochtones',
    community: 'Les données des organismes communautaires',
  },
};

function list(items: readonly string[], lang: Locale): string {
  return new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** At most MAX_NAMES names in a sentence; the API's serviceIds still lists them all. */
const MAX_NAMES = 8;

function serviceList(names: readonly string[], lang: Locale): string {
  if (names.length <= MAX_NAMES) return list(names, lang);
  const more = formatCount(names.length - MAX_NAMES, lang);
  return list([...names.slice(0, MAX_NAMES), lang === 'fr' ? `${more} autres` : `${more} others`], lang);
}

interface GapContext {
  lang: Locale;
  own: 'provincial' | 'territorial';
  serviceName: (id: string) => string;
  source: (id: string) => CoverageSourceView | undefined;
  finder: OfficeFinderLink;
  orderOf: (key: CoverageOrderKey) => GovernmentOrder;
}

function gapText(gap: CoverageGap, context: GapContext): { text: string; link: OfficeFinderLink | null } {
  const { lang, own } = context;
  const fr = lang === 'fr';
  const names = 'serviceIds' in gap ? serviceList(gap.serviceIds.map(context.serviceName), lang) : '';
  switch (gap.kind) {
    case 'no-own-offices': {
      const head = fr
        ? `Aucune donnée sur les bureaux ${own === 'provincial' ? 'provinciaux' : 'territoriaux'} : Guichet ne répertorie encore aucun bureau du gouvernement ${own === 'provincial' ? 'provincial' : 'territorial'}.`
        : `No ${own} office data: Guichet does not yet list any office of the ${own} government.`;
      const programs =
        gap.serviceIds.length === 0
          ? ''
          : fr
            ? ` Programmes offerts à ses comptoirs : ${names}.`
            : ` Programs served at its counters: ${names}.`;
      const use = fr ? ' Pour trouver un bureau, utilisez son outil officiel :' : ' To find an office, use its official finder:';
      return { text: `${head}${programs}${use}`, link: context.finder };
    }
    case 'own-offices-incomplete':
      return {
        text: fr
          ? `Bureaux ${own === 'provincial' ? 'provinciaux' : 'territoriaux'} répertoriés en partie : Guichet ne connaît aucun comptoir pour ${gap.serviceIds.length > 1 ? 'les programmes suivants' : 'le programme suivant'} : ${names}. Pour trouver un bureau, utilisez l’outil officiel :`
          : `${own === 'provincial' ? 'Provincial' : 'Territorial'} offices listed in part: Guichet knows no counter for ${names}. To find an office, use the official finder:`,
        link: context.finder,
      };
    case 'federal-offices-incomplete':
      return {
        text: fr
          ? `Services fédéraux offerts en personne, mais à aucun comptoir répertorié ici : ${names}.`
          : `Federal services delivered in person, but at no counter Guichet lists here: ${names}.`,
        link: null,
      };
    case 'no-municipal-data':
      return {
        text: fr
          ? 'Aucune donnée municipale : Guichet ne répertorie ici les services d’aucune municipalité. Consultez le site de votre municipalité.'
          : 'No municipal data: Guichet does not list the services of any municipality here. Check your municipality’s website.',
        link: null,
      };
    case 'municipal-data-partial': {
      const cities = list(
        gap.municipalities.map((name) => (fr ? (name.fr ?? name.en) : (name.en ?? name.fr)) ?? ''),
        lang,
      );
      return {
        text: fr
          ? `Données municipales pour ${cities} seulement : les autres municipalités ne sont pas couvertes.`
          : `Municipal data for ${cities} only: other municipalities are not covered.`,
        link: null,
      };
    }
    case 'no-indigenous-data': {
      const count = formatCount(gap.communities, lang);
      const places =
        gap.communities === 0
          ? ''
          : fr
            ? ` ${count} collectivités des Premières Nations et inuites sont connues comme lieux de départ d’une recherche.`
            : ` ${count} First Nations and Inuit communities are known as places to search from.`;
      return {
        text: fr
          ? `Aucun point de service de gouvernements autochtones.${places}`
          : `No service points of Indigenous governments.${places}`,
        link: null,
      };
    }
    case 'dated-sources': {
      const sources = list(
        gap.sourceIds.map((id) => {
          const source = context.source(id);
          if (!source) return id;
          // titles often carry their year already ("… (October 2019)"): the date is then not repeated
          return source.title.includes(source.date.slice(0, 4)) ? source.title : `${source.title} (${source.dateText})`;
        }),
        lang,
      );
      const data = DATA_OF[lang][context.orderOf(gap.order)];
      return {
        text: fr
          ? `${data} datent de plusieurs années : ${sources}. Vérifiez l’adresse et les heures auprès du bureau avant de vous déplacer.`
          : `${data} is several years old: ${sources}. Check the address and hours with the office before you go.`,
        link: null,
      };
    }
  }
}

function sourceView(source: SourceReport, lang: Locale, builtAt: string): CoverageSourceView {
  const title: Localized = source.title;
  const picked = lang === 'fr' ? (title.fr ?? title.en) : (title.en ?? title.fr);
  return {
    id: source.sourceId,
    title: picked ?? source.sourceId,
    titleLanguage: (lang === 'fr' ? (title.fr ? 'fr' : 'en') : title.en ? 'en' : 'fr') as Locale,
    publisher: source.publisher,
    licence: source.licence,
    order: source.order,
    date: source.sourceDate,
    dateText: formatSourceDate(source.sourceDate, lang),
    dated: isDated(source.sourceDate, builtAt),
    upstreamUrl: source.upstreamUrl?.startsWith('https://') ? source.upstreamUrl : null,
  };
}

/** The coverage statement in one language. `sources` are the snapshot's source reports. */
export function coverageView(coverage: Coverage, catalogue: Catalogue, sources: readonly SourceReport[], lang: Locale): CoverageView {
  const sourceById = new Map(sources.map((source) => [source.sourceId, sourceView(source, lang, coverage.snapshot.builtAt)]));
  const serviceById = new Map(catalogue.services.map((service) => [service.id, service]));
  const jurisdictionByCode = new Map(catalogue.jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction]));
  const serviceName = (id: string): string => serviceById.get(id)?.name[lang] ?? id;
  const collator = new Intl.Collator(intlLocale(lang));

  const jurisdictions = coverage.jurisdictions.flatMap((entry): JurisdictionView[] => {
    const jurisdiction = jurisdictionByCode.get(entry.code);
    if (!jurisdiction) return [];
    const finder = officeFinderLink(jurisdiction.officeFinder, lang);
    const context: GapContext = {
      lang,
      own: entry.order,
      serviceName,
      source: (id) => sourceById.get(id),
      finder,
      orderOf: (key) => (key === 'own' ? entry.order : key),
    };
    return [
      {
        code: entry.code,
        name: jurisdiction.name[lang],
        order: entry.order,
        points: entry.points,
        services: entry.services,
        ownPoints: entry.orders.find((row) => row.key === 'own')?.points ?? 0,
        municipalities: entry.municipalities.map((name) => (lang === 'fr' ? (name.fr ?? name.en) : (name.en ?? name.fr)) ?? ''),
        officeFinder: finder,
        orders: entry.orders.map((row) => ({
          key: row.key,
          order: row.order,
          label: orderLabel(row.order, lang),
          points: row.points,
          services: row.services,
          servicesWithPoints: row.servicesWithPoints,
          sources: row.sourceIds.flatMap((id) => {
            const source = sourceById.get(id);
            return source
              ? [
                  {
                    id,
                    title: source.title,
                    titleLanguage: source.titleLanguage,
                    date: source.date,
                    dateText: source.dateText,
                    dated: source.dated,
                  },
                ]
              : [];
          }),
        })),
        gaps: entry.gaps.map((gap) => ({
          kind: gap.kind,
          ...gapText(gap, context),
          serviceIds: 'serviceIds' in gap ? gap.serviceIds : [],
        })),
        replaced: entry.replaced.map(({ serviceId, replacedBy }) => {
          const service = serviceById.get(serviceId);
          const rule = service?.notAvailableIn.find((candidate) => candidate.provinces.includes(entry.code));
          return {
            id: serviceId,
            name: serviceName(serviceId),
            note: rule?.note[lang] ?? '',
            replacedBy: replacedBy.map((id) => ({ id, name: serviceName(id) })),
          };
        }),
      },
    ];
  });
  jurisdictions.sort((a, b) => collator.compare(a.name, b.name));

  const pick = (ids: readonly string[]) => ids.flatMap((id) => (sourceById.has(id) ? [sourceById.get(id)!] : []));
  return {
    lang,
    snapshot: {
      version: coverage.snapshot.version,
      builtAt: coverage.snapshot.builtAt,
      builtAtText: formatSourceDate(coverage.snapshot.builtAt.slice(0, 10), lang),
    },
    catalogueVersion: coverage.catalogueVersion,
    national: {
      points: coverage.national.points,
      services: coverage.national.services,
      orders: coverage.national.byOrder.map((row) => ({ ...row, label: orderLabel(row.order, lang) })),
      pointSources: pick(coverage.national.pointSourceIds),
      referenceSources: pick(coverage.national.referenceSourceIds),
    },
    jurisdictions,
  };
}
