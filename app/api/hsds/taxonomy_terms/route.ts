import { hsdsListHandler } from '@/lib/hsds/routes';

/** HSDS 3.0 paginated listing of taxonomy_terms (Open Referral API description; see /api/hsds/profile.json). */
export const GET = hsdsListHandler('taxonomy_terms');
