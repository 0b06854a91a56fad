import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/platform/config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(8001);
    expect(config.http.publicBaseUrl).toBe('http://localhost:8001');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.queuePrefix).toBe('postcard');
    expect(config.pipeline).toMatchObject({ attempts: 3, timeoutMs: 300_000, concurrency: 10 });
    expect(config.providers.chains).toEqual({ text: ['local'], image: ['local'], code: ['local'] });
    expect(config.providers.cacheTtlSeconds).toBe(86_400);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.pipeline)).toBe(true);
  });

  it('coerces numbers and treats empty strings as unset', () => {
    const config = loadConfig({ PORT: '9000', AI_WORKFLOW_RETRY_COUNT: '5', WORKER_CONCURRENCY: '', PUBLIC_BASE_URL: 'https://cards.example.com/' });
    expect(config.http.port).toBe(9000);
    expect(config.pipeline.attempts).toBe(5);
    expect(config.pipeline.concurrency).toBe(10);
    expect(config.http.publicBaseUrl).toBe('https://cards.example.com');
  });

  const bad: Array<[string, Record<string, string>]> = [
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['AI_WORKFLOW_RETRY_COUNT', { AI_WORKFLOW_RETRY_COUNT: '0' }],
    ['AI_WORKFLOW_TIMEOUT', { AI_WORKFLOW_TIMEOUT: '-1' }],
    ['WORKER_CONCURRENCY', { WORKER_CONCURRENCY: '2.5' }],
    ['REDIS_URL', { REDIS_URL: 'localhost:6379' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['QUEUE_PREFIX', { QUEUE_PREFIX: 'has:colon' }],
    ['TEXT_PROVIDER', { TEXT_PROVIDER: 'openai' }],
    ['TEXT_PROVIDER', { TEXT_PROVIDER: 'local,local' }],
    ['TEXT_PROVIDER', { TEXT_PROVIDER: 'gemini,local' }],
    ['IMAGE_PROVIDER', { IMAGE_PROVIDER: 'claude', ANTHROPIC_API_KEY: 'k' }],
    ['CODE_PROVIDER', { CODE_PROVIDER: 'claude' }],
    ['GEMINI_TEXT_TEMPERATURE', { GEMINI_TEXT_TEMPERATURE: '3' }],
    ['STEP_RATE_LIMIT_IMAGE', { STEP_RATE_LIMIT_IMAGE: 'ten per second' }],
    ['PRICE_TABLE_JSON', { PRICE_TABLE_JSON: '{"m": {"input_per_mtok": "cheap"}}' }],
    ['PRICE_TABLE_JSON', { PRICE_TABLE_JSON: 'not json' }],
    ['ADMIN_PASSWORD', { ADMIN_USER: 'ops' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ftp://x' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'maybe' }],
  ];

  it.each(bad)('rejects a bad %s with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('parses provider chains, keys, limits and prices', () => {
    const config = loadConfig({
      TEXT_PROVIDER: 'gemini, local',
      IMAGE_PROVIDER: 'gemini,local',
      CODE_PROVIDER: 'claude,gemini,local',
      GEMINI_API_KEY: 'g-key',
      ANTHROPIC_API_KEY: 'a-key',
      STEP_RATE_LIMIT_IMAGE: '10/60',
      PRICE_TABLE_JSON: '{"my-model": {"input_per_mtok": 1, "output_per_mtok": 2, "per_image": 0}}',
    });
    expect(config.providers.chains).toEqual({ text: ['gemini', 'local'], image: ['gemini', 'local'], code: ['claude', 'gemini', 'local'] });
    expect(config.providers.rateLimits).toEqual({ image: { max: 10, durationMs: 60_000 } });
    expect(config.providers.prices['my-model']).toEqual({ input_per_mtok: 1, output_per_mtok: 2, per_image: 0 });
    expect(config.providers.prices['gemini-2.5-flash']).toBeDefined();
  });

  it('explains a provider selected without its key', () => {
    expect(() => loadConfig({ CODE_PROVIDER: 'claude' })).toThrow('CODE_PROVIDER: claude is selected but ANTHROPIC_API_KEY is not set');
    expect(() => loadConfig({ IMAGE_PROVIDER: 'claude', ANTHROPIC_API_KEY: 'k' })).toThrow('IMAGE_PROVIDER: claude cannot serve the image step');
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', REDIS_URL: 'nope' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((i) => i.split(':')[0])).toEqual(['PORT', 'REDIS_URL']);
    }
  });

  it('is documented variable by variable in .env.example, and nothing there is unknown', () => {
    const text = readFileSync(join(__dirname, '..', '..', '.env.example'), 'utf8');
    const documented = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
  });
});
