import { manifestResponse } from '@/lib/offline/manifest';

export const dynamic = 'force-static';

export function GET(): Response {
  return manifestResponse('en');
}
