import calculateSlot from 'cluster-key-slot';
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
    ['GEMINI_TEXT_MODEL', { GEMINI_TEXT_MODEL: 'gemini-2.5-flash' }],
    ['GEMINI_IMAGE_MODEL', { GEMINI_IMAGE_MODEL: 'imagen-3.0-generate-001' }],
    ['CLAUDE_MODEL', { CLAUDE_MODEL: 'claude-sonnet-4-5' }],
    ['GEMINI_IMAGE_SIZE', { GEMINI_IMAGE_SIZE: 'huge' }],
    ['GEMINI_IMAGE_QUALITY', { GEMINI_IMAGE_QUALITY: 'ultra' }],
    ['WORKFLOW_STRATEGY', { WORKFLOW_STRATEGY: 'cheapest' }],
    ['TEXT_THINKING', { TEXT_THINKING: 'lots' }],
    ['TEXT_PROVIDER', { TEXT_PROVIDER: 'auto,local' }],
    ['STEP_RATE_LIMIT_IMAGE', { STEP_RATE_LIMIT_IMAGE: 'ten per second' }],
    ['PRICE_TABLE_JSON', { PRICE_TABLE_JSON: '{"m": {"input_per_mtok": "cheap"}}' }],
    ['PRICE_TABLE_JSON', { PRICE_TABLE_JSON: 'not json' }],
    ['ADMIN_PASSWORD', { ADMIN_USER: 'ops' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'ftp://x' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'maybe' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://app.example.com/path' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'app.example.com' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://*.example.com' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: '*.example.com' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: '*, https://app.example.com' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'null' }],
    ['STREAM_MAX_CONNECTIONS_PER_CLIENT', { STREAM_MAX_CONNECTIONS_PER_CLIENT: '0' }],
    ['BULL_BOARD_READONLY', { BULL_BOARD_READONLY: 'perhaps' }],
    ['QUEUE_PREFIX', { QUEUE_PREFIX: '{a}{b}' }],
    ['QUEUE_PREFIX', { QUEUE_PREFIX: '{}' }],
    ['QUEUE_SHARDS', { QUEUE_SHARDS: '0' }],
    ['QUEUE_SHARDS', { QUEUE_SHARDS: '65' }],
    ['QUEUE_SHARDS', { QUEUE_SHARDS: 'many' }],
    ['STEP_RATE_LIMIT_IMAGE', { STEP_RATE_LIMIT_IMAGE: '2/60', QUEUE_SHARDS: '3' }],
    ['REDIS_CLUSTER_NODES', { REDIS_CLUSTER_NODES: 'redis-1' }],
    ['REDIS_CLUSTER_NODES', { REDIS_CLUSTER_NODES: 'redis-1:70000' }],
    ['REDIS_CLUSTER_NODES', { REDIS_CLUSTER_NODES: ' , ' }],
    ['QUEUE_PREFIX', { REDIS_CLUSTER_NODES: 'redis-1:7000', QUEUE_PREFIX: 'postcard' }],
    ['REDIS_CLUSTER_NAT_MAP', { REDIS_CLUSTER_NODES: 'redis-1:7000', REDIS_CLUSTER_NAT_MAP: '10.0.0.1:7000' }],
    ['REDIS_CLUSTER_NAT_MAP', { REDIS_CLUSTER_NODES: 'redis-1:7000', REDIS_CLUSTER_NAT_MAP: '10.0.0.1:7000=a:1=b:2' }],
    ['REDIS_CLUSTER_NAT_MAP', { REDIS_CLUSTER_NODES: 'redis-1:7000', REDIS_CLUSTER_NAT_MAP: '10.0.0.1=127.0.0.1:7000' }],
    ['REDIS_CLUSTER_NAT_MAP', { REDIS_CLUSTER_NAT_MAP: '10.0.0.1:7000=127.0.0.1:17000' }],
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
    expect(config.providers.priceOverrides['my-model']).toEqual({ input_per_mtok: 1, output_per_mtok: 2, per_image: 0 });
  });

  it('parses the origins allowed to change state, and keeps Bull Board read-only unless told otherwise', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://app.example.com/ , http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(loadConfig({}).http).toMatchObject({ corsOrigins: [], corsAnyOrigin: false });
    expect(loadConfig({ CORS_ORIGINS: ' * ' }).http).toMatchObject({ corsOrigins: [], corsAnyOrigin: true });
    expect(() => loadConfig({ CORS_ORIGINS: '*,https://a.example' })).toThrow('"*" (any origin) must stand alone');
    expect(loadConfig({}).admin.readOnly).toBe(true);
    expect(loadConfig({ BULL_BOARD_READONLY: 'false' }).admin.readOnly).toBe(false);
    expect(loadConfig({}).streams).toEqual({ maxConnections: 10_000, maxConnectionsPerClient: 50, idleTimeoutMs: 300_000 });
  });

  it('makes every connection a cluster client with REDIS_CLUSTER_NODES, and hash-tags the default prefix', () => {
    expect(loadConfig({}).redisClusterNodes).toBeNull();
    const cluster = loadConfig({ REDIS_CLUSTER_NODES: ' 10.0.0.1:7000, redis-2:7001 ,[::1]:7002' });
    expect(cluster.redisClusterNodes).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: 'redis-2', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
    expect(cluster.queuePrefix).toBe('{postcard}');
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'r:7000', QUEUE_PREFIX: 'eu-{cards}' }).queuePrefix).toBe('eu-{cards}');
    // A single Redis keeps the name existing deployments' keys have, and takes a tagged one as well.
    expect(loadConfig({ QUEUE_PREFIX: '{postcard}' }).queuePrefix).toBe('{postcard}');
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'r:7000', QUEUE_PREFIX: 'postcard' })).toThrow('QUEUE_PREFIX: must carry a {hash tag} with REDIS_CLUSTER_NODES set');
  });

  it('spreads QUEUE_SHARDS over the slot ranges a cluster gives its masters, the same way in every process', () => {
    expect(loadConfig({}).queueShards).toEqual(['postcard']);
    expect(loadConfig({ QUEUE_SHARDS: '3' }).queueShards).toEqual(['postcard-0', 'postcard-1', 'postcard-2']);
    for (const count of [2, 3, 6, 64]) {
      const shards = loadConfig({ REDIS_CLUSTER_NODES: 'r:7000', QUEUE_PREFIX: 'eu-{cards}', QUEUE_SHARDS: String(count) }).queueShards;
      expect(new Set(shards).size).toBe(count);
      shards.forEach((prefix, k) => {
        expect(prefix).toMatch(/^eu-\{cards-\d+\}$/);
        // Shard k hashes into the k-th of `count` equal ranges, as `redis-cli --cluster create` hands them to masters.
        const slot = calculateSlot(prefix);
        expect(slot).toBeGreaterThanOrEqual(Math.floor((k * 16384) / count));
        expect(slot).toBeLessThan(Math.floor(((k + 1) * 16384) / count));
      });
      expect(loadConfig({ REDIS_CLUSTER_NODES: 'r:7000', QUEUE_PREFIX: 'eu-{cards}', QUEUE_SHARDS: String(count) }).queueShards).toEqual(shards);
    }
  });

  it('maps the addresses a cluster announces to those this process reaches, with REDIS_CLUSTER_NAT_MAP', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'r:7000' }).redisClusterNatMap).toBeNull();
    const mapped = loadConfig({ REDIS_CLUSTER_NODES: 'r:7000', REDIS_CLUSTER_NAT_MAP: ' 172.18.0.2:7000=127.0.0.1:17000, redis-2:7001 = cache.example.com:7001,[fd00::2]:7002=[::1]:7002' });
    expect(mapped.redisClusterNatMap).toEqual({
      '172.18.0.2:7000': { host: '127.0.0.1', port: 17000 },
      'redis-2:7001': { host: 'cache.example.com', port: 7001 },
      'fd00::2:7002': { host: '::1', port: 7002 },
    });
    expect(() => loadConfig({ REDIS_CLUSTER_NAT_MAP: 'a:1=b:2' })).toThrow('REDIS_CLUSTER_NAT_MAP: applies to a cluster only');
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

describe('loadConfig: providers switched on by keys, and the design document\'s settings', () => {
  const today = new Date('2026-12-01T12:00:00Z');

  it('auto chains follow the keys present and always end with local', () => {
    expect(loadConfig({}, today).providers.chains).toEqual({ text: ['local'], image: ['local'], code: ['local'] });
    const gemini = loadConfig({ GEMINI_API_KEY: 'g' }, today).providers;
    expect(gemini.chains).toEqual({ text: ['gemini', 'local'], image: ['gemini', 'local'], code: ['gemini', 'local'] });
    expect(gemini.chainReasons.text).toContain('GEMINI_API_KEY set');
    const both = loadConfig({ GEMINI_API_KEY: 'g', ANTHROPIC_API_KEY: 'a' }, today).providers;
    expect(both.chains).toEqual({ text: ['gemini', 'claude', 'local'], image: ['gemini', 'local'], code: ['claude', 'gemini', 'local'] });
    const claude = loadConfig({ ANTHROPIC_API_KEY: 'a' }, today).providers;
    expect(claude.chains).toEqual({ text: ['claude', 'local'], image: ['local'], code: ['claude', 'local'] });
    expect(claude.chainReasons.image).toContain('no GEMINI_API_KEY');
  });

  it('keeps explicit chains as written', () => {
    expect(loadConfig({ TEXT_PROVIDER: 'local', GEMINI_API_KEY: 'g' }, today).providers.chains.text).toEqual(['local']);
  });

  it('takes the design document\'s .env values as written', () => {
    const config = loadConfig(
      {
        REDIS_URL: 'redis://redis:6379',
        REDIS_PASSWORD: 's3cret-pass',
        AI_WORKFLOW_TIMEOUT: '300',
        AI_WORKFLOW_RETRY_COUNT: '3',
        GEMINI_API_KEY: 'your_gemini_api_key_here',
        GEMINI_BASE_URL: 'https://generativelanguage.googleapis.com',
        GEMINI_TEXT_MAX_TOKENS: '2048',
        GEMINI_TEXT_TEMPERATURE: '0.7',
        GEMINI_IMAGE_SIZE: '1024x1024',
        GEMINI_IMAGE_QUALITY: 'standard',
      },
      today,
    );
    expect(config.redisUrl).toBe('redis://:s3cret-pass@redis:6379');
    expect(config.providers.gemini.image.size).toEqual({ width: 1024, height: 1024 });
    expect(config.providers.gemini.image.quality).toBe('standard');
    expect(config.generation.steps.concept).toMatchObject({ temperature: 0.8, answerTokens: 1024, explicitTemperature: false });
    expect(config.generation.steps.content).toMatchObject({ temperature: 0.7, answerTokens: 800 });
    expect(config.generation.steps.code.thinking).toBe('medium');
    expect(config.generation.steps.concept.thinking).toBe('low');
  });

  it('keeps a password already in REDIS_URL', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:inurl@h:6379', REDIS_PASSWORD: 'other' }, today).redisUrl).toBe('redis://:inurl@h:6379');
  });

  it('refuses a shut-down model at boot, naming its shutdown date and replacement', () => {
    expect(() => loadConfig({ GEMINI_TEXT_MODEL: 'gemini-1.5-flash' }, today)).toThrow(
      'GEMINI_TEXT_MODEL: gemini-1.5-flash was shut down on 2025-09-24 by Google; use gemini-3.8-flash instead',
    );
    expect(() => loadConfig({ GEMINI_IMAGE_MODEL: 'imagen-3.0-generate-001' }, today)).toThrow(/use gemini-nano-banana-2\.1 instead/);
    expect(() => loadConfig({ CLAUDE_MODEL: 'claude-sonnet-4-5-20250929' }, today)).toThrow(/claude-sonnet-4-5 was shut down on 2026-11-30 by Anthropic; use claude-sonnet-5-5/);
  });

  it('refuses a model configured for a role the registry says it cannot serve', () => {
    expect(() => loadConfig({ GEMINI_IMAGE_MODEL: 'gemini-3.8-flash' }, today)).toThrow(
      'GEMINI_IMAGE_MODEL: gemini-3.8-flash cannot serve the image step (it serves text, code)',
    );
    expect(() => loadConfig({ GEMINI_CODE_MODEL: 'gemini-3.5-flash-lite' }, today)).toThrow('GEMINI_CODE_MODEL: gemini-3.5-flash-lite cannot serve the code step');
  });

  it('allows a model the registry does not know', () => {
    expect(loadConfig({ GEMINI_TEXT_MODEL: 'gemini-9-experimental' }, today).providers.gemini.text.model).toBe('gemini-9-experimental');
  });

  it('accepts the document\'s strategy names as aliases', () => {
    expect(loadConfig({ WORKFLOW_STRATEGY: 'cost_optimized' }, today).generation.strategy).toBe('cost');
    expect(loadConfig({ WORKFLOW_STRATEGY: 'quality_first' }, today).generation.strategy).toBe('quality');
    expect(loadConfig({ WORKFLOW_STRATEGY: 'speed_first' }, today).generation.strategy).toBe('speed');
    expect(loadConfig({}, today).generation.strategy).toBe('balanced');
  });
});
