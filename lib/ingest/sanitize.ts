import type { Reject } from '../model/schema';
import type { AdapterResult } from './contract';
import { containsMarkup, toPlainText } from './text';

/**
 * Plain text for every text field an adapter returns, whatever the adapter: feed text is data, never markup.
 * Markup is removed (a `<script>` in a WorkBC name used to reach the snapshot and the open-data API verbatim),
 * control characters and lone surrogates are dropped, and each change is reported as a warning with file, line and
 * field. Strings without any of these are kept exactly as read.
 */

// C0 controls except tab and line breaks, DEL, C1 controls, and UTF-16 halves without their partner.
const UNSAFE_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Keys whose values are identifiers, provenance or numbers: not feed text to clean. */
const NOT_TEXT = new Set([
  'provenance',
  'sourceCoordinates',
  'offers',
  'mergeKey',
  'id',
  'hostOrganizationId',
  'providerOrganizationId',
  'type',
]);

export interface CleanText {
  text: string;
  /** what was removed, for the warning; undefined when the text was already plain */
  removed?: string;
}

export function cleanText(value: string): CleanText {
  let text = value;
  const removed: string[] = [];
  if (containsMarkup(text)) {
    text = toPlainText(text).text;
    removed.push('markup');
  }
  const withoutControls = text.replace(UNSAFE_CHARACTERS, '');
  if (withoutControls !== text) {
    text = withoutControls;
    removed.push('control characters');
  }
  return removed.length === 0 ? { text } : { text, removed: removed.join(' and ') };
}

type Report = (field: string, removed: string) => void;

function cleanValue(value: unknown, path: string, report: Report): unknown {
  if (typeof value === 'string') {
    const { text, removed } = cleanText(value);
    if (removed) report(path, removed);
    return text;
  }
  if (Array.isArray(value)) return value.map((item, index) => cleanValue(item, `${path}.${index}`, report));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      out[key] = NOT_TEXT.has(key) ? inner : cleanValue(inner, path ? `${path}.${key}` : key, report);
    return out;
  }
  return value;
}

/** Returns the adapter's result with every text field made plain, and one warning per changed field. */
export function sanitizeAdapterResult(result: AdapterResult): AdapterResult {
  const warnings: Reject[] = [...(result.warnings ?? [])];
  const defaultFile = `${result.meta.dir}/${result.meta.files[0] ?? ''}`;
  const reporter =
    (file: string, line: number, record: string): Report =>
    (field, removed) => {
      warnings.push({ sourceId: result.meta.id, file, line, field, reason: `${record}: ${removed} removed from the source text` });
    };
  const clean = <T>(value: T, report: Report, path = ''): T => cleanValue(value, path, report) as T;

  const points = result.points.map((draft) => {
    const provenance = draft.provenance[0];
    return clean(draft, reporter(provenance?.file ?? defaultFile, provenance?.line ?? 0, draft.id));
  });
  const places = result.places.map((place) => clean(place, reporter(place.provenance.file, place.provenance.line ?? 0, place.id)));
  const organizations = result.organizations.map((organization) =>
    clean(organization, reporter(defaultFile, 0, `organization ${organization.id}`)),
  );
  const services = result.services.map((service) => clean(service, reporter(defaultFile, 0, `service ${service.id}`)));
  const enrich = result.enrich.map((row) => ({
    ...row,
    fields: clean(row.fields, reporter(row.file ?? defaultFile, row.line, `row keyed ${row.mergeKey}`)),
  }));
  const placePopulation = result.placePopulation?.map((row) => ({
    ...row,
    name: clean(row.name, reporter(defaultFile, row.line, 'census row'), 'name'),
  }));

  return {
    ...result,
    points,
    places,
    organizations,
    services,
    enrich,
    ...(placePopulation ? { placePopulation } : {}),
    warnings,
  };
}
