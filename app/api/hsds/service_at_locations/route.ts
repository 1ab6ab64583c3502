import { hsdsListHandler } from '@/lib/hsds/routes';

/** HSDS 3.0 paginated listing of service_at_locations (Open Referral API description; see /api/hsds/profile.json). */
export const GET = hsdsListHandler('service_at_locations');
