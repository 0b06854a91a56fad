import { loadConfig } from '../../src/platform/config';
import { isSecretKey } from '../../src/platform/redaction';
import { secretValues, urlPasswords } from '../../src/platform/secrets';
import { createMemoryLogger } from '../support/memory-logger';

const GEMINI_KEY = 'AIzaFakeGeminiKey0123456789';
const CLAUDE_KEY = 'sk-ant-fake-claude-key-0123';

/** Logs one record in JSON mode and returns it parsed. */
async function logged(secrets: readonly string[], log: (logger: ReturnType<typeof createMemoryLogger>['logger']) => void) {
  const memory = createMemoryLogger({ secrets });
  log(memory.logger);
  const lines = await memory.lines();
  expect(lines).toHaveLength(1);
  return { line: lines[0] ?? '', record: JSON.parse(lines[0] ?? '') as Record<string, unknown> };
}

describe('redaction by key name', () => {
  it('redacts secret keys at any depth, in arrays too', async () => {
    const { record, line } = await logged([], (logger) =>
      logger.info('provider call', {
        request: {
          options: {
            headers: {
              Authorization: 'Bearer abc',
              'x-api-key': 'k1',
              'X-Goog-Api-Key': 'k2',
              cookie: 'sid=1',
              'set-cookie': ['sid=2', 'sid=3'],
              'content-type': 'application/json',
            },
            body: { apiKey: 'k3', apikey: 'k4', api_key: 'k5', nested: { deeper: { password: 'p', client_secret: 's' } } },
          },
        },
        attempts: [
          { provider: 'gemini', accessToken: 't1' },
          [{ token: 't2', model: 'gemini-2.5-flash' }],
        ],
      }),
    );
    expect(record.request).toEqual({
      options: {
        headers: {
          Authorization: '[redacted]',
          'x-api-key': '[redacted]',
          'X-Goog-Api-Key': '[redacted]',
          cookie: '[redacted]',
          'set-cookie': '[redacted]',
          'content-type': 'application/json',
        },
        body: { apiKey: '[redacted]', apikey: '[redacted]', api_key: '[redacted]', nested: { deeper: { password: '[redacted]', client_secret: '[redacted]' } } },
      },
    });
    expect(record.attempts).toEqual([{ provider: 'gemini', accessToken: '[redacted]' }, [{ token: '[redacted]', model: 'gemini-2.5-flash' }]]);
    for (const value of ['Bearer abc', 'k1', 'k2', 'k3', 'k4', 'k5', 'sid=', 't1', 't2']) expect(line).not.toContain(value);
  });

  it('leaves ordinary fields alone, including token counts and idempotency keys', async () => {
    const meta = {
      task_id: 't-1',
      step: 'content',
      attempt: 2,
      usage: { input_tokens: 120, output_tokens: 80, maxTokens: 2048, tokens: 200 },
      idempotency_key: 'idem-1',
      cache_key: 'cache-1',
      keys: ['a', 'b'],
      password: null,
    };
    const { record } = await logged([], (logger) => logger.info('step done', meta));
    expect(record).toMatchObject(meta);
  });

  it.each(['Authorization', 'proxy-authorization', 'password', 'ADMIN_PASSWORD', 'secret', 'clientSecret', 'token', 'refresh_token', 'x-csrf-token', 'api_key', 'apiKey', 'APIKey', 'apikey', 'x-api-key', 'x-goog-api-key', 'XApiKey', 'cookie', 'set-cookie', 'private_key'])(
    '%s is a secret key',
    (key) => expect(isSecretKey(key)).toBe(true),
  );

  it.each(['input_tokens', 'maxOutputTokens', 'tokens', 'idempotency_key', 'cache_key', 'key', 'keys', 'monkey', 'author', 'step', 'message'])('%s is not', (key) =>
    expect(isSecretKey(key)).toBe(false),
  );
});

describe('redaction by value', () => {
  it('scrubs configured secrets from the message, meta strings at depth, keys and URLs', async () => {
    const { line, record } = await logged([GEMINI_KEY, CLAUDE_KEY], (logger) =>
      logger.warn(`request to ?key=${GEMINI_KEY} failed`, {
        detail: { a: { b: { c: { text: `header x: ${CLAUDE_KEY}; again ${CLAUDE_KEY}` } } } },
        urls: [`https://generativelanguage.googleapis.com/v1/models?key=${GEMINI_KEY}`],
        byKey: { [GEMINI_KEY]: 1 },
      }),
    );
    expect(line).not.toContain(GEMINI_KEY);
    expect(line).not.toContain(CLAUDE_KEY);
    expect(record.message).toBe('request to ?key=[redacted] failed');
    expect(record.detail).toEqual({ a: { b: { c: { text: 'header x: [redacted]; again [redacted]' } } } });
    expect(record.urls).toEqual(['https://generativelanguage.googleapis.com/v1/models?key=[redacted]']);
    expect(record.byKey).toEqual({ '[redacted]': 1 });
  });

  it('scrubs an Error, its own fields and its cause chain, messages and stacks included', async () => {
    const root = new Error(`401 for key ${GEMINI_KEY}`);
    const middle = Object.assign(new Error('sdk request failed', { cause: root }), { code: 'E_AUTH', request: { headers: { 'x-goog-api-key': 'raw' } } });
    const outer = Object.assign(new Error('text step failed', { cause: middle }), { kind: 'auth', retryable: false });
    const { line, record } = await logged([GEMINI_KEY], (logger) => logger.error('step failed', { error: outer }));
    expect(line).not.toContain(GEMINI_KEY);
    expect(line).not.toContain('raw');
    const error = record.error as Record<string, unknown>;
    expect(error).toMatchObject({ name: 'Error', message: 'text step failed', kind: 'auth', retryable: false });
    const cause = error.cause as Record<string, unknown>;
    expect(cause).toMatchObject({ message: 'sdk request failed', code: 'E_AUTH', request: { headers: { 'x-goog-api-key': '[redacted]' } } });
    const rootCause = cause.cause as Record<string, unknown>;
    expect(rootCause.message).toBe('401 for key [redacted]');
    expect(rootCause.stack).toMatch(/^Error: 401 for key \[redacted\]\n\s+at /);
  });

  it('scrubs an Error logged on its own, and keeps its cause', async () => {
    const error = new Error(`connect failed: ${CLAUDE_KEY}`, { cause: new Error(`inner ${CLAUDE_KEY}`) });
    const { line, record } = await logged([CLAUDE_KEY], (logger) => logger.error(error));
    expect(line).not.toContain(CLAUDE_KEY);
    expect(record.message).toBe('connect failed: [redacted]');
    expect(record.stack).toContain('connect failed: [redacted]');
    expect(record.cause).toMatchObject({ message: 'inner [redacted]' });
  });

  it('replaces the longest secret whole and treats regex characters literally', async () => {
    const { record } = await logged(['abcdef12', 'abcdef1234', 'a.b*c+(d)?'], (logger) =>
      logger.info('abcdef1234 then abcdef12 then a.b*c+(d)? then aXbbbc+d'),
    );
    expect(record.message).toBe('[redacted] then [redacted] then [redacted] then aXbbbc+d');
  });

  it('ignores empty and short secrets, which would shred ordinary words', async () => {
    const { record } = await logged(['', 'abc', 'step1'], (logger) => logger.info('abc step1 step', { note: 'abc' }));
    expect(record).toMatchObject({ message: 'abc step1 step', note: 'abc' });
  });

  it('scrubs a prompt before cutting it, so no part of a secret survives the cut', async () => {
    const memory = createMemoryLogger({ secrets: [GEMINI_KEY], promptMaxChars: 12 });
    memory.logger.info('prompt', { prompt: `0123456${GEMINI_KEY} and more` });
    const [line = ''] = await memory.lines();
    expect(line).not.toContain(GEMINI_KEY.slice(0, 5));
    expect((JSON.parse(line) as { prompt: string }).prompt).toBe(`0123456[reda… (${'0123456[redacted] and more'.length} chars)`);
  });
});

describe('text mode', () => {
  it('prints no secret in the line, the metadata or the stack trace', async () => {
    const memory = createMemoryLogger({ json: false, secrets: [GEMINI_KEY] });
    const error = new Error(`bad key ${GEMINI_KEY}`);
    memory.logger.error(`failed with ${GEMINI_KEY}`, { error, headers: { authorization: 'Bearer xyz' }, step: 'image' });
    memory.logger.error(error);
    const text = (await memory.lines()).join('\n');
    expect(text).not.toContain(GEMINI_KEY);
    expect(text).not.toContain('Bearer xyz');
    expect(text).toContain('failed with [redacted]');
    expect(text).toContain('"authorization":"[redacted]"');
    expect(text).toContain('"step":"image"');
    expect(text).toMatch(/\nError: bad key \[redacted\]\n\s+at /);
  });
});

describe('robustness', () => {
  it('survives cycles and deep nesting, and does not mistake a shared object for a cycle', async () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const selfCaused = new Error('again');
    selfCaused.cause = selfCaused;
    let deep: Record<string, unknown> = { password: 'bottom' };
    for (let i = 0; i < 50; i++) deep = { next: deep };
    const shared = { model: 'm' };
    const { record, line } = await logged([], (logger) => logger.info('odd shapes', { cyclic, selfCaused, deep, pair: [shared, shared] }));
    expect(record.cyclic).toEqual({ name: 'loop', self: '[circular]' });
    expect((record.selfCaused as Record<string, unknown>).cause).toBe('[circular]');
    expect(line).toContain('[too deep]');
    expect(line).not.toContain('bottom');
    expect(record.pair).toEqual([shared, shared]);
  });

  it('never mutates the caller’s objects and prints dates as JSON would', async () => {
    const headers = { authorization: 'Bearer keep' };
    const at = new Date('2024-01-02T03:04:05.000Z');
    const { record } = await logged([], (logger) => logger.info('call', { request: { headers }, at }));
    expect(headers.authorization).toBe('Bearer keep');
    expect(record.at).toBe('2024-01-02T03:04:05.000Z');
  });

  it('handles many secrets over a wide record in one pass', async () => {
    const secrets = Array.from({ length: 200 }, (_, i) => `secret-value-${String(i).padStart(4, '0')}`);
    const items = Array.from({ length: 2000 }, (_, i) => ({ id: i, text: `uses ${secrets[i % secrets.length] ?? ''} here` }));
    const { line, record } = await logged(secrets, (logger) => logger.info('bulk', { items }));
    expect(line).not.toMatch(/secret-value-\d{4}/);
    expect((record.items as unknown[])[1999]).toEqual({ id: 1999, text: 'uses [redacted] here' });
  });
});

describe('secretValues', () => {
  it('collects provider keys, admin credentials and URL passwords from the config', () => {
    const config = loadConfig({
      GEMINI_API_KEY: GEMINI_KEY,
      ANTHROPIC_API_KEY: CLAUDE_KEY,
      ADMIN_USER: 'ops',
      ADMIN_PASSWORD: 'hunter2hunter2',
      ADMIN_TOKEN: 'admin-token-0123456789',
      DATABASE_URL: 'postgresql://app:pg%40Secret99@db:5432/postcards',
      REDIS_URL: 'rediss://:redisPassw0rd@cache:6380',
    });
    expect(secretValues(config).sort()).toEqual(
      [
        GEMINI_KEY,
        CLAUDE_KEY,
        'hunter2hunter2',
        'admin-token-0123456789',
        Buffer.from('ops:hunter2hunter2').toString('base64'),
        'pg%40Secret99',
        'pg@Secret99',
        'redisPassw0rd',
      ].sort(),
    );
  });

  it('finds nothing in the default config', () => {
    expect(secretValues(loadConfig({}))).toEqual([]);
  });

  it.each([
    ['no password', 'redis://cache:6379', []],
    ['user only', 'postgresql://postgres@127.0.0.1:5432/postcards', []],
    ['password equal to the user name', 'postgresql://postcards:postcards@postgres:5432/postcards', []],
    ['undecodable percent sign', 'postgresql://app:50%off-sale@db/x', ['50%off-sale']],
    ['unparseable URL', 'postgresql://app:pw@[bad/x', []],
  ])('URL with %s', (_, url, expected) => {
    expect(urlPasswords(url)).toEqual(expected);
  });

  it('scrubs a logged connection string with the configured password', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app:pg%40Secret99@db:5432/postcards' });
    const { line } = await logged(secretValues(config), (logger) =>
      logger.error('database unreachable', { url: config.databaseUrl, error: new Error('password authentication failed: pg@Secret99') }),
    );
    expect(line).not.toContain('Secret99');
    expect(line).toContain('postgresql://app:[redacted]@db:5432/postcards');
  });
});

describe('records below the level', () => {
  it('are dropped before any formatting, and the level can still be changed at run time', async () => {
    const memory = createMemoryLogger({ level: 'info' });
    memory.logger.debug('not at info', { apiKey: 'k' });
    memory.logger.http('request', { path: '/x' });
    memory.logger.info('kept');
    memory.logger.level = 'debug';
    memory.logger.child({ component: 'steps' }).debug('now at debug');
    const lines = (await memory.lines()).map((line) => (JSON.parse(line) as { message: string }).message);
    expect(lines).toEqual(['kept', 'now at debug']);
  });
});
