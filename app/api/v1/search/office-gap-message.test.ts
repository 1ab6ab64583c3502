import { describe, expect, it, vi } from 'vitest';

// lib/data/server.ts guards against client bundles with 'server-only', which throws outside Next's server build.
vi.mock('server-only', () => ({}));

const { GET } = await import('./route');

interface Body {
  notice: string | null;
  officeGaps: { finder: { jurisdiction: string; url: string } } | null;
  message: string | null;
}

describe('GET /api/v1/search: office gaps', () => {
  it('explains an office gap in the message, with the office finder and the coverage statement', async () => {
    const body = (await GET(new Request('http://localhost/api/v1/search?q=RAMQ&near=H2X+1Y4')).json()) as Body;
    expect(body.officeGaps?.finder.jurisdiction).toBe('QC');
    expect(body.message).toMatch(/officeGaps\.finder/);
    expect(body.message).toMatch(/\/api\/v1\/coverage/);
  });

  it('says nothing of offices when there is no gap', async () => {
    const body = (await GET(new Request('http://localhost/api/v1/search?q=passport&near=K1A+0B1')).json()) as Body;
    expect(body.officeGaps).toBeNull();
    expect(body.message ?? '').not.toMatch(/officeGaps/);
  });
});
