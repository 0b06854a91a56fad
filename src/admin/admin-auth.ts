import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

export interface AdminCredentials {
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly token: string | undefined;
}

/** Compares secrets in constant time; hashing first makes the lengths equal. */
function same(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

export function hasAdminCredentials(credentials: AdminCredentials): boolean {
  return credentials.token !== undefined || (credentials.user !== undefined && credentials.password !== undefined);
}

/** Accepts HTTP Basic (ADMIN_USER/ADMIN_PASSWORD) or a bearer token (ADMIN_TOKEN). */
export function requireAdmin(credentials: AdminCredentials): RequestHandler {
  return (req, res, next) => {
    const header = req.get('Authorization') ?? '';
    const [scheme = '', value = ''] = header.split(' ', 2);
    let ok = false;
    if (scheme.toLowerCase() === 'bearer' && credentials.token !== undefined) {
      ok = same(value, credentials.token);
    } else if (scheme.toLowerCase() === 'basic' && credentials.user !== undefined && credentials.password !== undefined) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const at = decoded.indexOf(':');
      ok = at > 0 && same(decoded.slice(0, at), credentials.user) && same(decoded.slice(at + 1), credentials.password);
    }
    if (ok) {
      next();
      return;
    }
    res
      .status(401)
      .set('WWW-Authenticate', 'Basic realm="postcard admin", charset="UTF-8"')
      .json({ error: { code: 'unauthorized', message: 'Admin credentials required' } });
  };
}
