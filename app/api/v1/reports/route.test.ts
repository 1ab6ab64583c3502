import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectDocumented } from '@/lib/api/expect-documented';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));
const { POST } = await import('./route');
const { POST: SESSION } = await import('./session/route');
const { POST: STATUS } = await import('./[id]/route');
const { GET: EXPORT } = await import('./export/route');
const { openDatabase } = await import('@/lib/reports/db');
const { migrate } = await import('@/lib/reports/migrate');
const { useReportsDatabaseForTests, reportsRepository, recentReporters } = await import('@/lib/reports/server');
const { getSnapshot } = await import('@/lib/data/server');
const { CATALOGUE_SOURCE_ID } = await import('@/lib/reports/listings');

const TOKEN = 'test-steward-token-0123456789';
const point = getSnapshot().snapshot.servicePoints[0]!;
const source = point.provenance[0]!.sourceId;
let clientCounter = 0;

function post(body: Record<string, string>, headers: Record<string, string> = {}, ip = `203.0.113.${++clientCounter}`): Request {
  return new Request('http://localhost:3000/api/v1/reports', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      host: 'localhost:3000',
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': ip,
      ...headers,
    },
    body: new URLSearchParams(body).toString(),
  });
}

const form = (extra: Record<string, string> = {}) => ({ kind: 'location', id: point.slug, locale: 'fr', reason: 'wrong-hours', ...extra });

async function openCount(): Promise<number> {
  const problems = await (await reportsRepository()).openProblems(source);
  return problems.reduce((sum, p) => sum + p.reporters, 0);
}

beforeAll(async () => {
  const db = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await migrate(db);
  useReportsDatabaseForTests(db);
}, 180_000);
afterEach(() => vi.unstubAllEnvs());
afterAll(() => vi.restoreAllMocks());

describe('POST /api/v1/reports', () => {
  it('the listing’s “reported recently” figure is reused for a minute, and counted again once a report arrives', async () => {
    const now = new Date();
    const before = await recentReporters('location', point.slug, now);
    // Stored behind this process's back (another instance): the figure is reused until the minute is over.
    await (
      await reportsRepository()
    ).submit({
      listingKind: 'location',
      listingId: point.slug,
      sourceId: source,
      recordId: point.provenance[0]!.recordId,
      reason: 'closed-or-moved',
      note: null,
      visitedOn: null,
      locale: 'en',
    });
    expect(await recentReporters('location', point.slug, new Date(now.getTime() + 59_000))).toBe(before);
    expect(await recentReporters('location', point.slug, new Date(now.getTime() + 60_000))).toBe(before + 1);
    // Through the route: counted at once.
    expect((await POST(post(form({ reason: 'wrong-address' })))).status).toBe(303);
    expect(await recentReporters('location', point.slug, new Date(now.getTime() + 61_000))).toBe(before + 2);
  });

  it('stores a form report and answers 303 to the confirmation page in the same language', async () => {
    const before = await openCount();
    const response = await POST(post(form({ note: 'Ferme à 15 h maintenant.', visited: new Date().toISOString().slice(0, 10) })));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/fr/signalement-recu?kind=location&id=${point.slug}`);
    expect(await openCount()).toBe(before + 1);
    const english = await POST(post(form({ locale: 'en', reason: 'wrong-phone' })));
    expect(english.headers.get('location')).toBe(`/en/report-received?kind=location&id=${point.slug}`);
  });

  it('routes a report to the listing’s own source and record, whatever the form says', async () => {
    await POST(post(form({ reason: 'closed-or-moved', sourceId: 'evil', recordId: 'evil' })));
    const problem = (await (await reportsRepository()).openProblems(source)).find((p) => p.reason === 'closed-or-moved');
    expect(problem).toMatchObject({ sourceId: source, recordId: point.provenance[0]!.recordId, listingId: point.slug });
    const service = await POST(post({ kind: 'service', id: 'passport', locale: 'en', reason: 'other' }));
    expect(service.status).toBe(303);
    expect((await (await reportsRepository()).openProblems(CATALOGUE_SOURCE_ID))[0]).toMatchObject({
      listingKind: 'service',
      listingId: 'passport',
    });
  });

  it('refuses cross-origin posts (CSRF): another site, or no Origin and no Sec-Fetch-Site', async () => {
    expect((await POST(post(form(), { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
    const noHeaders = post(form());
    noHeaders.headers.delete('sec-fetch-site');
    expect((await POST(noHeaders)).status).toBe(403);
    const otherOrigin = post(form());
    otherOrigin.headers.delete('sec-fetch-site');
    otherOrigin.headers.set('origin', 'https://evil.example');
    expect((await POST(otherOrigin)).status).toBe(403);
    const sameOrigin = post(form({ reason: 'wrong-address' }));
    sameOrigin.headers.delete('sec-fetch-site');
    sameOrigin.headers.set('origin', 'http://localhost:3000');
    expect((await POST(sameOrigin)).status).toBe(303);
  });

  it('sends a form with a wrong field back to the form with an error code, and JSON clients a 400 that echoes nothing', async () => {
    const back = await POST(post(form({ reason: '<script>' })));
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(`/fr/lieux/${point.slug}/signaler?error=reason`);
    const json = await POST(
      new Request('http://localhost:3000/api/v1/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ ...form(), note: 'x'.repeat(600) + '<script>' }),
      }),
    );
    expect(json.status).toBe(400);
    const text = await json.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'invalid-parameter', parameter: 'note' } });
    expect(text).not.toContain('script');
    expect((await POST(post(form({ id: 'no-such-place' })))).status).toBe(404);
    expect((await POST(post({ ...form(), note: 'x'.repeat(9000) }))).status).toBe(413);
  });

  it('answers JSON clients with the shapes /api/v1/openapi.json documents', async () => {
    const json = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      new Request('http://localhost:3000/api/v1/reports', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'sec-fetch-site': 'same-origin',
          'x-forwarded-for': `203.0.113.${++clientCounter}`,
          ...headers,
        },
        body: JSON.stringify(body),
      });
    await expectDocumented(await POST(json(form({ reason: 'other' }))), '/api/v1/reports', 202, 'post');
    await expectDocumented(await POST(json(form(), { 'sec-fetch-site': 'cross-site' })), '/api/v1/reports', 403, 'post');
    await expectDocumented(await POST(json(form({ reason: 'bogus' }))), '/api/v1/reports', 400, 'post');
    await expectDocumented(await POST(json(form({ id: 'no-such-place' }))), '/api/v1/reports', 404, 'post');
  });

  it('answers a robot that fills the honeypot like anyone else, but stores nothing', async () => {
    const before = await openCount();
    const response = await POST(post(form({ website: 'http://spam.example' })));
    expect(response.status).toBe(303);
    expect(await openCount()).toBe(before);
  });

  it('counts the same client’s repeated report once, and limits a client to a few reports an hour', async () => {
    const before = await openCount();
    const ip = '198.51.100.200';
    await POST(post(form({ reason: 'service-not-offered' }), {}, ip));
    await POST(post(form({ reason: 'service-not-offered' }), {}, ip));
    expect(await openCount()).toBe(before + 1);
    const answers = [];
    for (const reason of ['wrong-hours', 'wrong-phone', 'wrong-address', 'other', 'closed-or-moved', 'other'])
      answers.push((await POST(post(form({ reason, locale: 'en' }), {}, ip))).headers.get('location'));
    expect(answers.at(-1)).toBe(`/en/locations/${point.slug}/report?error=busy`);
  });

  it('never writes an IP address or anything the person typed to the logs', async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => lines.push(args.map(String).join(' '));
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation(capture));
    const ip = '192.0.2.123';
    const secret = 'Mon voisin Jean Tremblay dit que';
    await POST(post(form({ note: secret, visited: '2026-11-20', reason: 'other' }), {}, ip));
    await POST(post(form({ note: secret, reason: 'other' }), {}, ip)); // duplicate
    await POST(post(form({ note: secret, reason: 'bogus' }), {}, ip)); // invalid
    await POST(post(form({ note: secret, website: 'spam' }), {}, ip)); // honeypot
    await POST(post(form({ note: secret }), { 'sec-fetch-site': 'cross-site' }, ip)); // cross-origin
    vi.stubEnv('GUICHET_STEWARD_TOKEN', TOKEN);
    await SESSION(
      new Request('http://localhost:3000/api/v1/reports/session', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', 'x-forwarded-for': ip },
        body: `token=${secret}&locale=en`,
      }),
    );
    await EXPORT(
      new Request(`http://localhost:3000/api/v1/reports/export?source=${source}&format=csv`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
    );
    for (const spy of spies) spy.mockRestore();
    expect(lines.length).toBeGreaterThan(4);
    const all = lines.join('\n');
    expect(all).not.toContain(ip);
    expect(all).not.toContain('192.0.2');
    expect(all).not.toContain('Tremblay');
    expect(all).not.toContain('2026-11-20');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('spam');
  });
});

describe('steward access', () => {
  const sessionPost = (body: string, headers: Record<string, string> = {}) =>
    SESSION(
      new Request('http://localhost:3000/api/v1/reports/session', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
        body,
      }),
    );
  const exportReq = (headers: Record<string, string> = {}, query = `source=${source}&format=csv`) =>
    EXPORT(new Request(`http://localhost:3000/api/v1/reports/export?${query}`, { headers }));

  it('is off (404) when no token is configured, or when it is too short', async () => {
    vi.stubEnv('GUICHET_STEWARD_TOKEN', '');
    expect((await exportReq({ authorization: 'Bearer anything' })).status).toBe(404);
    expect((await sessionPost('token=x&locale=en')).status).toBe(404);
    vi.stubEnv('GUICHET_STEWARD_TOKEN', 'short');
    expect((await exportReq({ authorization: 'Bearer short' })).status).toBe(404);
  });

  it('refuses exports without the token, and serves CSV and JSON with a bearer token', async () => {
    vi.stubEnv('GUICHET_STEWARD_TOKEN', TOKEN);
    const refused = await exportReq();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect((await exportReq({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
    const csv = await exportReq({ authorization: `Bearer ${TOKEN}` });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(
      new RegExp(`attachment; filename="guichet-reports-${source}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
    // UTF-8 with a byte-order mark, so spreadsheets read accents right (Response.text() drops the mark)
    expect([...new Uint8Array(await csv.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      'problem_id,source_id,record_id,listing_kind,listing_id,listing_url_en,listing_url_fr,reason,status,reporters,opened_at,last_reported_at,received_at,visited_on,language,note',
    );
    expect(text).toContain('Ferme à 15 h maintenant.');
    expect(text).toContain(`http://localhost:3000/fr/lieux/${point.slug}`);
    const json = (await expectDocumented(
      await exportReq({ authorization: `Bearer ${TOKEN}` }, `source=${source}&format=json`),
      '/api/v1/reports/export',
    )) as {
      source: string;
      problems: unknown[];
    };
    expect(json.source).toBe(source);
    expect(json.problems.length).toBeGreaterThan(0);
    await expectDocumented(await exportReq({ authorization: `Bearer ${TOKEN}` }, 'source=nope&format=csv'), '/api/v1/reports/export', 400);
    expect((await exportReq({ authorization: `Bearer ${TOKEN}` }, `source=${source}&format=xml`)).status).toBe(400);
  });

  it('signs in with the token (HttpOnly, SameSite=Strict cookie, Secure over HTTPS), and the cookie opens exports and status changes', async () => {
    vi.stubEnv('GUICHET_STEWARD_TOKEN', TOKEN);
    const wrong = await sessionPost('token=nope&locale=fr', { 'x-forwarded-for': '198.51.100.77' });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toBe('/fr/intendants?error=token');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const right = await sessionPost(`token=${TOKEN}&locale=fr`);
    expect(right.headers.get('location')).toBe('/fr/intendants');
    const cookie = right.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^guichet_steward=[\w-]+; Path=\/; Max-Age=28800; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const secure = await sessionPost(`token=${TOKEN}&locale=en`, { 'x-forwarded-proto': 'https' });
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure$/);
    expect((await sessionPost(`token=${TOKEN}&locale=en`, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);

    const session = cookie.split(';')[0]!;
    expect((await exportReq({ cookie: session })).status).toBe(200);
    expect((await exportReq({ cookie: 'guichet_steward=forged' })).status).toBe(401);

    const problem = (await (await reportsRepository()).openProblems(source))[0]!;
    const statusPost = (headers: Record<string, string>, status = 'resolved') =>
      STATUS(
        new Request(`http://localhost:3000/api/v1/reports/${problem.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
          body: `status=${status}&locale=en&source=${source}`,
        }),
        { params: Promise.resolve({ id: String(problem.id) }) },
      );
    expect((await statusPost({})).status).toBe(401);
    expect((await statusPost({ cookie: session, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await statusPost({ cookie: session }, 'bogus')).status).toBe(400);
    const done = await statusPost({ cookie: session });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/en/stewards?updated=1&source=${source}`);
    expect((await (await reportsRepository()).openProblems(source)).some((p) => p.id === problem.id)).toBe(false);

    const signOut = await sessionPost('action=sign-out&locale=en');
    expect(signOut.headers.get('set-cookie')).toMatch(/^guichet_steward=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict$/);
  });
});
