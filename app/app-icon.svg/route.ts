import { svgIconResponse } from '@/lib/offline/icon';

export const dynamic = 'force-static';

export function GET(): Response {
  return svgIconResponse();
}
