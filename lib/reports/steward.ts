import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../security/constant-time';

export const STEWARD_COOKIE = 'guichet_steward';
/** A steward session lasts a working day. */
export const STEWARD_SESSION_SECONDS = 8 * 3600;
/** Shorter tokens are treated as a configuration mistake: the view stays off. */
export const MIN_TOKEN_LENGTH = 16;

/** The configured token, or undefined when the steward view is off (GUICHET_STEWARD_TOKEN unset or too short). */
export function stewardToken(env: Record<string, string | undefined> = process.env): string | undefined {
  const token = env.GUICHET_STEWARD_TOKEN?.trim();
  return token !== undefined && token.length >= MIN_TOKEN_LENGTH ? token : undefined;
}

/** What the session cookie holds: derived from the token, so the token itself never sits in a cookie jar. */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('guichet steward session v1').digest('base64url');
}

export function sessionCookie(token: string, https: boolean): string {
  return `${STEWARD_COOKIE}=${sessionValue(token)}; Path=/; Max-Age=${STEWARD_SESSION_SECONDS}; HttpOnly; SameSite=Strict${https ? '; Secure' : ''}`;
}

export function clearedSessionCookie(https: boolean): string {
  return `${STEWARD_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${https ? '; Secure' : ''}`;
}

function cookieValue(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function isValidSession(value: string | undefined, token: string): boolean {
  return value !== undefined && value !== '' && constantTimeEqual(value, sessionValue(token));
}

export type StewardAccess = 'off' | 'denied' | 'granted';

/** Steward access for a request: the session cookie, or `Authorization: Bearer <token>` (for scripted exports). */
export function stewardAccess(headers: Headers, env: Record<string, string | undefined> = process.env): StewardAccess {
  const token = stewardToken(env);
  if (token === undefined) return 'off';
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (bearer !== undefined) return constantTimeEqual(bearer, token) ? 'granted' : 'denied';
  return isValidSession(cookieValue(headers.get('cookie'), STEWARD_COOKIE), token) ? 'granted' : 'denied';
}
