import { hasAdminCredentials, type AdminAuthDeps } from '../admin/admin-auth.js';
import { createLoginThrottle } from '../admin/login-throttle.js';
import { isLoopback } from '../platform/auth-settings.js';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';

/** ADMIN_LOGIN_MAX_FAILURES counts over this window. */
const LOGIN_WINDOW_MS = 60_000;

/**
 * Whether operator surfaces (Bull Board, /metrics, /api/v1/stats, readiness
 * details) may answer without credentials: only an open-mode service (no keys)
 * that nobody but this machine can reach. Anywhere else they are closed until
 * ADMIN_USER/ADMIN_PASSWORD or ADMIN_TOKEN (or an admin API key) opens them.
 */
export function operatorSurfacesOpen(config: Pick<Config, 'auth' | 'http'>): boolean {
  return config.auth.mode === 'open' && isLoopback(config.http.host);
}

/** Bull Board changes jobs only when asked to (BULL_BOARD_READONLY=false) and behind credentials. */
export function bullBoardReadOnly(config: Pick<Config, 'admin'>): boolean {
  return config.admin.readOnly || !hasAdminCredentials(config.admin);
}

/**
 * One per process, shared by every operator surface so that one throttle
 * counts wrong credentials across them. `adminKey` accepts admin-scoped API keys.
 */
export function createAdminAuth(config: Pick<Config, 'auth' | 'http' | 'admin'>, logger: Logger, adminKey?: (bearer: string) => Promise<boolean>): AdminAuthDeps {
  const operatorOpen = operatorSurfacesOpen(config);
  const log = logger.child({ component: 'admin' });
  if (hasAdminCredentials(config.admin)) log.info('operator surfaces need admin credentials', { bull_board_read_only: bullBoardReadOnly(config) });
  else if (operatorOpen) log.warn('operator surfaces are open without credentials (open mode on a loopback address); set ADMIN_USER/ADMIN_PASSWORD or ADMIN_TOKEN to close them');
  else if (adminKey !== undefined) log.info('operator surfaces need an admin API key: no ADMIN_USER/ADMIN_PASSWORD or ADMIN_TOKEN is configured');
  else log.warn('operator surfaces (Bull Board, /metrics, /api/v1/stats) are closed: no admin credentials are configured; set ADMIN_USER/ADMIN_PASSWORD or ADMIN_TOKEN');
  return {
    credentials: { user: config.admin.user, password: config.admin.password, token: config.admin.token },
    operatorOpen,
    ...(adminKey === undefined ? {} : { adminKey }),
    throttle: createLoginThrottle({ maxFailures: config.admin.loginMaxFailures, windowMs: LOGIN_WINDOW_MS }),
  };
}
