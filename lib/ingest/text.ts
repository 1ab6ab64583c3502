/** Plain-text reduction of source fields. Raw HTML is never kept: it is reduced here, and the caller records that it was. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  icirc: 'î',
  iuml: 'ï',
  ucirc: 'û',
  ugrave: 'ù',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  shy: '',
  middot: '·',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

export interface PlainText {
  text: string;
  /** true when markup or entities were removed: the caller should note it in the record or a reject */
  reduced: boolean;
}

const MARKUP = /<\/?[a-z!][^>]*>|&(#x[0-9a-f]+|#\d+|[a-z]+);/i;

/** True when the text holds a tag, a comment or an entity. */
export function containsMarkup(value: string): boolean {
  return MARKUP.test(value);
}

/**
 * Reduces a possibly-HTML field to plain text: <script>/<style> content dropped entirely,
 * block tags become line breaks, other tags removed, entities decoded, whitespace collapsed per line.
 */
export function toPlainText(value: string): PlainText {
  if (!containsMarkup(value)) return { text: collapseWhitespace(value), reduced: false };
  const withoutCode = value
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*$/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const withBreaks = withoutCode.replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, '\n');
  const text = decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
  return { text: collapseWhitespace(text), reduced: true };
}

export function collapseWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Source "missing" markers (literal NULL, N/A, empty) become undefined. */
export function presentOrUndefined(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || /^(null|n\/a|none|undefined)$/i.test(trimmed)) return undefined;
  return trimmed;
}

/** "K1A0B1" / "k1a 0b1" → "K1A 0B1"; anything else → undefined. */
export function normalizePostalCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const compact = value.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : undefined;
}
