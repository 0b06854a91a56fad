import type { Config } from './config.js';

/**
 * Every configured secret value, for the logger to scrub from each line it
 * writes, whatever field or message it turns up in. Values may be short or
 * empty; the logger decides which are long enough to scrub.
 */
export function secretValues(config: Config): string[] {
  const { admin, providers } = config;
  const values = [
    providers.gemini.apiKey,
    providers.claude.apiKey,
    admin.password,
    admin.token,
    // Basic auth sends `user:password` base64-encoded; a logged header value must not give it away either.
    admin.user !== undefined && admin.password !== undefined ? Buffer.from(`${admin.user}:${admin.password}`).toString('base64') : undefined,
    ...urlPasswords(config.databaseUrl),
    ...urlPasswords(config.redisUrl),
  ];
  return [...new Set(values.filter((value): value is string => value !== undefined && value !== ''))];
}

/**
 * The password of a connection URL, both as written (percent-encoded, as the
 * URL itself would be logged) and decoded (as a driver may print it).
 */
export function urlPasswords(url: string): string[] {
  // The config schema checks only the scheme; a URL that does not parse has no password we could find.
  if (!URL.canParse(url)) return [];
  const { username, password } = new URL(url);
  if (password === '') return [];
  const decoded = decodedOrRaw(password);
  // A password equal to its user name (docker-compose's postcards:postcards) hides nothing the
  // user name does not already show, and scrubbing it would redact every mention of the service.
  if (decoded === decodedOrRaw(username)) return [];
  return decoded === password ? [password] : [password, decoded];
}

function decodedOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    // A `%` not followed by two hex digits is valid in a URL but not decodable; the raw form is all a driver can print.
    if (error instanceof URIError) return text;
    throw error;
  }
}
