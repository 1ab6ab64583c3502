import { describe, expect, it } from 'vitest';
import { DELETE, GET, POST } from './route';

describe('an /api path no route claims', () => {
  it('gets the API’s JSON 404, whatever the method', async () => {
    for (const handler of [GET, POST, DELETE]) {
      const response = handler();
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toMatchObject({ error: { code: 'not-found' } });
    }
  });
});
