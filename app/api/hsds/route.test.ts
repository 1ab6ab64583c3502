import { describe, expect, it } from 'vitest';
import { GET } from './route';
import { GET as profile } from './profile.json/route';

const BEHIND_PROXY = { host: '127.0.0.1:3000', 'x-forwarded-host': 'guichet.example', 'x-forwarded-proto': 'https' };

describe('HSDS root and profile behind a TLS proxy', () => {
  it('name the public origin, not the instance’s own address', async () => {
    const root = (await GET(new Request('http://127.0.0.1:3000/api/hsds', { headers: BEHIND_PROXY })).json()) as Record<string, string>;
    expect(root['profile']).toBe('https://guichet.example/api/hsds/profile.json');
    expect(root['openapi_url']).toBe('https://guichet.example/api/v1/openapi.json');
    const schema = (await profile(new Request('http://127.0.0.1:3000/api/hsds/profile.json', { headers: BEHIND_PROXY })).json()) as {
      $id: string;
    };
    expect(schema.$id).toBe('https://guichet.example/api/hsds/profile.json');
  });

  it('keep the request’s own origin when the forwarded host is not a host name', async () => {
    const root = (await GET(
      new Request('http://127.0.0.1:3000/api/hsds', { headers: { 'x-forwarded-host': 'evil"<x>' } }),
    ).json()) as Record<string, string>;
    expect(root['profile']).toBe('http://127.0.0.1:3000/api/hsds/profile.json');
  });
});
