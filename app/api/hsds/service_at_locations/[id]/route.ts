import { hsdsRecordHandler } from '@/lib/hsds/routes';

/** HSDS 3.0: one fully nested record of service_at_locations by its id. */
export const GET = hsdsRecordHandler('service_at_locations');
