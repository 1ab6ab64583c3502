import { z } from 'zod';
import type { Organization, Reject } from '../../model/schema';
import type { Adapter, ServicePointDraft, SourceMeta } from '../contract';
import { readSourceJson } from '../encoding';
import { SourceFailure, rejectBuilder } from '../errors';
import { readJsonRecords } from '../json-records';
import { provenanceFor } from '../provenance';
import { sourceFile, sourceMeta } from '../source-meta';
import { collapseWhitespace, normalizePostalCode } from '../text';

const BRANCH_FILE = 'tpl_branch_general_information.json';
const HOURS_FILE = 'tpl_branch_hours_scraped_2026-03.json';

export const TORONTO_LIBRARY_SOURCE = 'municipal-toronto-public-library-branches';

export const TORONTO_PUBLIC_LIBRARY: Organization = {
  id: 'toronto-public-library',
  name: { en: 'Toronto Public Library', fr: 'Bibliothèque publique de Toronto' },
  order: 'municipal',
  jurisdiction: 'Toronto',
  url: 'https://www.tpl.ca/',
};

export const TPL_LIBRARY_SERVICES = 'tpl-library-services';

const Branch = z.object({
  BranchCode: z.string().min(1),
  PhysicalBranch: z.union([z.literal(0), z.literal(1)]),
  BranchName: z.string().min(1),
  Address: z.string(),
  PostalCode: z.string().nullish(),
  Website: z.string().nullish(),
  Telephone: z.string().nullish(),
  Lat: z.string().nullish(),
  Long: z.string().nullish(),
});
type Branch = z.infer<typeof Branch>;
const REQUIRED_FIELDS = ['BranchCode', 'PhysicalBranch', 'BranchName', 'Address', 'Lat', 'Long'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const WeeklyHours = z.record(z.string(), z.record(z.string(), z.string()));

/**
 * TPL branches joined to their scraped weekly hours by BranchCode. Non-physical services (Answerline, bookmobiles,
 * collections housed in a branch, hospital service…) are rejected. Hours go through verbatim: "12am – 12am" is how
 * tpl.ca shows a closed day, which the tpl-weekly parser must read as closed, never as 24 h.
 */
export const torontoLibrary: Adapter = (sourcesDir) => {
  const meta = sourceMeta(sourcesDir, TORONTO_LIBRARY_SOURCE);
  const branchFile = sourceFile(sourcesDir, meta, BRANCH_FILE);
  const hoursFile = sourceFile(sourcesDir, meta, HOURS_FILE);
  // records are located by their position in the array
  const branches = readJsonRecords({ ...branchFile, at: 'array', requiredFields: REQUIRED_FIELDS, schema: Branch, label: 'record' });
  const hours = WeeklyHours.safeParse(readSourceJson(hoursFile.path, hoursFile.file, hoursFile.encoding));
  if (!hours.success) throw new SourceFailure(hoursFile.file, 'expected an object of BranchCode → { weekday: hours }');

  const reject = rejectBuilder(meta.id, branchFile.file);
  const rejects: Reject[] = [...branches.rejects];
  const points: ServicePointDraft[] = [];
  const seenCodes = new Set<string>();

  for (const { value: branch, line } of branches.records) {
    if (branch.PhysicalBranch !== 1) {
      rejects.push(
        reject(
          line,
          'PhysicalBranch',
          `${branch.BranchCode} "${branch.BranchName}" is a library service or collection, not a branch people visit`,
        ),
      );
      continue;
    }
    if (seenCodes.has(branch.BranchCode)) {
      rejects.push(reject(line, 'BranchCode', `duplicate branch code ${branch.BranchCode}`));
      continue;
    }
    const street = streetLines(branch.Address);
    if (street.length === 0) {
      rejects.push(reject(line, 'Address', `${branch.BranchCode} "${branch.BranchName}" has no street address`));
      continue;
    }
    seenCodes.add(branch.BranchCode);
    points.push(toDraft(branch, street, hours.data[branch.BranchCode], meta));
  }

  return {
    meta,
    organizations: [TORONTO_PUBLIC_LIBRARY],
    services: [
      {
        id: TPL_LIBRARY_SERVICES,
        name: { en: 'Toronto Public Library services', fr: 'Services de la Bibliothèque publique de Toronto' },
        providerOrganizationId: TORONTO_PUBLIC_LIBRARY.id,
      },
    ],
    points,
    places: [],
    enrich: [],
    rejects,
    rowsRead: branches.recordsRead,
  };
};

function toDraft(branch: Branch, street: string[], weeklyHours: Record<string, string> | undefined, meta: SourceMeta): ServicePointDraft {
  const postalCode = normalizePostalCode(branch.PostalCode ?? undefined);
  const latitude = Number(branch.Lat);
  const longitude = Number(branch.Long);
  const phone = branch.Telephone && /^\d{3}-\d{3}-\d{4}$/.test(branch.Telephone.trim()) ? branch.Telephone.trim() : undefined;
  const website = branch.Website?.startsWith('https://') ? branch.Website : undefined;
  const provenance = [provenanceFor(meta, BRANCH_FILE, branch.BranchCode)];
  if (weeklyHours) provenance.push(provenanceFor(meta, HOURS_FILE, branch.BranchCode));
  return {
    id: `tpl-${branch.BranchCode.toLowerCase()}`,
    name: { en: `Toronto Public Library – ${collapseWhitespace(branch.BranchName)}` },
    type: 'library',
    hostOrganizationId: TORONTO_PUBLIC_LIBRARY.id,
    address: { lines: { en: street }, city: { en: 'Toronto' }, province: 'ON', ...(postalCode ? { postalCode } : {}) },
    ...(branch.Lat && branch.Long && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { sourceCoordinates: { lat: latitude, lon: longitude } }
      : {}),
    phones: phone ? [{ number: phone }] : [],
    ...(website ? { url: { en: website } } : {}),
    hours: weeklyHours ? { format: 'tpl-weekly', data: pickWeekdays(weeklyHours) } : { format: 'none', data: {} },
    offers: [{ serviceId: TPL_LIBRARY_SERVICES, providerOrganizationId: TORONTO_PUBLIC_LIBRARY.id, mode: 'in-person' }],
    provenance,
  };
}

function pickWeekdays(weeklyHours: Record<string, string>): Record<string, string> {
  const data: Record<string, string> = {};
  for (const day of WEEKDAYS) if (weeklyHours[day] !== undefined) data[day] = weeklyHours[day];
  return data;
}

/** "Bridlewood Mall, 157A-2900 Warden Avenue, Toronto, ON, M1W 2S8" → ["Bridlewood Mall", "157A-2900 Warden Avenue"]. */
export function streetLines(address: string): string[] {
  const withoutLocality = address.replace(/,?\s*Toronto,?\s*ON,?\s*([A-Z]\d[A-Z]\s?\d[A-Z]\d)?\s*$/i, '');
  return withoutLocality
    .split(',')
    .map((part) => collapseWhitespace(part))
    .filter((part) => part !== '');
}
