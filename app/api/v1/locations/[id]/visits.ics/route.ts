import { calendarResponse } from '@/lib/calendar/respond';

/** text/calendar for a service point; see lib/calendar/respond.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return calendarResponse(request, id, 'visits');
}
