import { hsdsRecordHandler } from '@/lib/hsds/routes';

/** HSDS 3.0: one fully nested record of organizations by its id. */
export const GET = hsdsRecordHandler('organizations');
