import { z } from 'zod';
import type { ReportsErrorCode } from '../reports/http';

/** The codes the read-only API answers with (lib/api/http.ts and the proxy). */
export const API_ERROR_CODES = ['invalid-parameter', 'invalid-path', 'uri-too-long', 'not-found'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The problem-report routes (lib/reports/http.ts) answer with the same shape and a few more codes. */
const REPORTS_ONLY_CODES = Object.keys({
  'invalid-parameter': true,
  'not-found': true,
  forbidden: true,
  unauthorized: true,
  'too-many-requests': true,
  'payload-too-large': true,
  'unsupported-media-type': true,
  unavailable: true,
} satisfies Record<ReportsErrorCode, true>).filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code));

/** The one error shape of every /api route (the `Error` schema of /api/v1/openapi.json). Messages never echo input. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum([...API_ERROR_CODES, ...REPORTS_ONLY_CODES]),
    message: z.string().describe('what went wrong, in English; the input is never echoed'),
    parameter: z.string().optional().describe('the query parameter, path segment or form field at fault, when there is one'),
    details: z
      .array(z.object({ parameter: z.string(), message: z.string().describe('what it must be') }))
      .optional()
      .describe('every problem, when several parameters are wrong'),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
