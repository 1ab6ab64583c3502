import type { GovernmentOrder, Organization, ProvinceCode } from '../model/schema';
import { ALBERTA_SUPPORTS, SERVICEONTARIO, SERVICE_BC } from './organizations';
import { slugPart } from '../text/fold';

/** A host organization read from the first address line of an outreach/partner site. */
export interface HostGuess {
  organization: Organization;
  /** true when the organization is one shared across sources (ServiceOntario, Service BC…) */
  shared: boolean;
}

const NOT_AN_ORGANIZATION = [
  /^\d/, // street number
  /^(po|p\.o\.|post office) box/i,
  /^(main street|route|highway|corner of)\b/i,
  /^(community centre|access centre|business centre|economic development office|band office|chamber office|co-op store|hamlet chamber office)\b/i,
];

const INDIGENOUS =
  /\b(first nations?|band (office|council)|cree nation|innu nation|mohawk council|tribal council|heiltsuk|namgis|hishkoonikun|wasaho|vuntut gwitchin|cree human resources)\b/i;
const MUNICIPAL =
  /\b(library|hamlet|town of|township|municipality|municipal|northern village|northern settlement|town hall|town administration|community council|district services board|social services administration board|recreation centre|community centre|civic centre|town)\b/i;

const hostLine = (line: string): string | undefined => {
  const trimmed = line.replace(/,\s*(box|po box|case postale|c\.p\.)\s*\d+$/i, '').trim();
  return trimmed === '' || NOT_AN_ORGANIZATION.some((pattern) => pattern.test(trimmed)) ? undefined : trimmed;
};

/**
 * Who the host is, from the first address line; undefined when the line is a street address or too generic to name
 * an organization. Order of government follows the host's nature: band offices → indigenous, provincial service
 * counters/buildings → provincial, libraries/town offices → municipal, everything else → community. The French
 * address's first line, when it names the host too ("Bibliothèque René-Richard"), is its French name.
 */
export function guessHostOrganization(
  firstLine: string,
  province: ProvinceCode,
  city: string,
  frenchFirstLine?: string,
): HostGuess | undefined {
  const line = hostLine(firstLine);
  if (line === undefined) return undefined;
  const french = frenchFirstLine === undefined ? undefined : hostLine(frenchFirstLine);
  if (/service\s?ontario/i.test(line) && province === 'ON') return { organization: SERVICEONTARIO, shared: true };
  if (/^service bc/i.test(line) && province === 'BC') return { organization: SERVICE_BC, shared: true };
  if (/alberta (works|supports|service centre)/i.test(line) && province === 'AB') return { organization: ALBERTA_SUPPORTS, shared: true };
  const order = orderOfHost(line, province);
  // a mall, plaza or named building is where the site is, not who hosts it
  if (order === 'community' && /\b(plaza|mall|building)$/i.test(line)) return undefined;
  return {
    organization: {
      id: `host-${province.toLowerCase()}-${slugPart(line)}`,
      name: french !== undefined && french !== line ? { en: line, fr: french } : { en: line },
      order,
      jurisdiction:
        order === 'provincial'
          ? province
          : order === 'indigenous'
            ? line.replace(/\s+(band (office|council)( office)?|administrative building)$/i, '')
            : city,
    },
    shared: false,
  };
}

function orderOfHost(line: string, province: ProvinceCode): GovernmentOrder {
  if (INDIGENOUS.test(line)) return 'indigenous';
  if (/\b(provincial building|ministry of|ontario government building|manitoba jobs|bilingual service centre)\b/i.test(line)) {
    return province === 'NT' || province === 'NU' || province === 'YT' ? 'territorial' : 'provincial';
  }
  if (MUNICIPAL.test(line)) return 'municipal';
  return 'community';
}
