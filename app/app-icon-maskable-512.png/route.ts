import { pngIconResponse } from '@/lib/offline/icon-png';

export const dynamic = 'force-static';

export function GET(): Response {
  return pngIconResponse(512, true);
}
