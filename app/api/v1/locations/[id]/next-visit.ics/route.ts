import { getTranslations } from 'next-intl/server';
import { calendarResponse } from '@/lib/calendar/respond';

/** text/calendar for a service point, in the words of the Calendar messages; see lib/calendar/respond.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return calendarResponse(request, id, 'next-visit', (locale) => getTranslations({ locale, namespace: 'Calendar' }));
}
