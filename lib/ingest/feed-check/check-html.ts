import type { FeedReport, FileProblem, RowVerdict } from './check';
import type { FeedIssue } from '../hsds-feed-reader';

const T = {
  en: {
    title: 'Feed check report',
    back: 'Check another feed',
    files: 'Files read',
    problems: 'Problems by row and field',
    none: 'No problem found.',
    rows: 'How Guichet’s ingest would treat each location',
    imported: 'imported, placed by',
    hours: 'hours',
    rejected: 'rejected',
    tooLarge: 'The upload is larger than 2 MB: nothing was read or kept.',
    notText: 'A file is not UTF-8 text (CSV or JSON): nothing was read or kept.',
    noFile: 'No file was uploaded.',
    summary: (r: FeedReport) =>
      `${r.counts.read} rows read; ${r.counts.imported} locations would be imported, ${r.counts.rejected} rejected; ${r.counts.profileIssues} profile problems.`,
    kept: 'Nothing you uploaded was kept.',
    fileProblem: {
      'not-a-table': 'not an HSDS table name (e.g. locations.csv, addresses.csv)',
      unreadable: 'unreadable:',
      'missing-locations': 'missing table: Guichet needs locations (and addresses)',
    } satisfies Record<FileProblem['code'], string>,
    level: { hsds: 'HSDS 3.0', profile: 'Guichet profile', structure: 'links between tables' } satisfies Record<FeedIssue['level'], string>,
    placement: { exact: 'its coordinates', 'postal-code': 'its postal code', locality: 'its town' } satisfies Record<
      NonNullable<RowVerdict['placement']>,
      string
    >,
    hoursStatus: { structured: 'read', 'text-only': 'kept as published text', none: 'none' } satisfies Record<
      NonNullable<RowVerdict['hours']>,
      string
    >,
  },
  fr: {
    title: 'Rapport de vérification du flux',
    back: 'Vérifier un autre flux',
    files: 'Fichiers lus',
    problems: 'Problèmes par ligne et par champ',
    none: 'Aucun problème trouvé.',
    rows: 'Traitement de chaque lieu par l’importation de Guichet',
    imported: 'importé, placé par',
    hours: 'heures',
    rejected: 'rejeté',
    tooLarge: 'Le téléversement dépasse 2 Mo : rien n’a été lu ni conservé.',
    notText: 'Un fichier n’est pas du texte UTF-8 (CSV ou JSON) : rien n’a été lu ni conservé.',
    noFile: 'Aucun fichier n’a été téléversé.',
    summary: (r: FeedReport) =>
      `${r.counts.read} lignes lues; ${r.counts.imported} lieux seraient importés, ${r.counts.rejected} rejetés; ${r.counts.profileIssues} problèmes de profil.`,
    kept: 'Rien de ce que vous avez téléversé n’a été conservé.',
    fileProblem: {
      'not-a-table': 'ce n’est pas le nom d’une table HSDS (par exemple locations.csv, addresses.csv)',
      unreadable: 'illisible :',
      'missing-locations': 'table manquante : Guichet a besoin de locations (et d’addresses)',
    },
    level: { hsds: 'HSDS 3.0', profile: 'profil de Guichet', structure: 'liens entre les tables' },
    placement: { exact: 'ses coordonnées', 'postal-code': 'son code postal', locality: 'sa localité' },
    hoursStatus: { structured: 'lues', 'text-only': 'gardées telles que publiées', none: 'aucune' },
  },
} as const;

const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The validator's and the ingest's own words, which are English: marked so on a French page. */
const english = (lang: 'en' | 'fr', text: string): string => (lang === 'fr' ? `<span lang="en">${esc(text)}</span>` : esc(text));

function fileProblem(problem: FileProblem, lang: 'en' | 'fr'): string {
  const words = esc(T[lang].fileProblem[problem.code]);
  return problem.code === 'unreadable' ? `${words} ${english(lang, problem.detail)}` : words;
}

function page(lang: 'en' | 'fr', body: string): string {
  const t = T[lang];
  const back = lang === 'fr' ? '/fr/donnees-ouvertes/verifier' : '/en/open-data/check';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(t.title)}</title></head><body><main><h1>${esc(t.title)}</h1>${body}<p>${esc(t.kept)}</p><p><a href="${back}">${esc(t.back)}</a></p></main></body></html>`;
}

/** The report as a small standalone HTML page (no script, no style), every value escaped. */
export function reportHtml(report: FeedReport, lang: 'en' | 'fr'): string {
  const t = T[lang];
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const files = `<h2>${esc(t.files)}</h2><ul>${report.files.map((f) => `<li><code>${esc(f.name)}</code>${colon} ${f.rows}${f.problem ? ` — ${fileProblem(f.problem, lang)}` : ''}</li>`).join('')}</ul>`;
  const issues =
    report.issues.length === 0
      ? `<p>${esc(t.none)}</p>`
      : `<ul>${report.issues
          .slice(0, 500)
          .map(
            (i) =>
              `<li><code>${esc(i.file)}:${i.line}</code> <code>${esc(`${i.table}.${i.field}`)}</code> (${esc(t.level[i.level])})${colon} ${english(lang, i.message)}</li>`,
          )
          .join('')}</ul>`;
  const rows = `<ul>${report.rows
    .slice(0, 1000)
    .map(
      (r) =>
        `<li><code>${esc(r.file)}:${r.line}</code> ${esc(r.name)} — ${r.outcome === 'imported' ? `${esc(t.imported)} ${esc(r.placement ? t.placement[r.placement] : '')}; ${esc(t.hours)}${colon} ${esc(r.hours ? t.hoursStatus[r.hours] : '')}` : `<strong>${esc(t.rejected)}</strong>${colon} ${english(lang, r.reason ?? '')}`}</li>`,
    )
    .join('')}</ul>`;
  return page(lang, `<p>${esc(t.summary(report))}</p>${files}<h2>${esc(t.problems)}</h2>${issues}<h2>${esc(t.rows)}</h2>${rows}`);
}

export function errorHtml(problem: 'too-large' | 'not-text' | 'no-file', lang: 'en' | 'fr'): string {
  const t = T[lang];
  return page(lang, `<p role="alert">${esc(problem === 'too-large' ? t.tooLarge : problem === 'not-text' ? t.notText : t.noFile)}</p>`);
}
