import { runEntryPoint as run } from '../support/entry-points';
import { startTestSystem, type TestSystem } from '../support/test-system';

describe('npm run keys, and the postcard CLI with a key', () => {
  let system: TestSystem;
  const keys = (...args: string[]) => run('src/bin/keys-cli.ts', args, { DATABASE_URL: system.config.databaseUrl });
  beforeAll(async () => {
    system = await startTestSystem({ env: { AUTH_MODE: 'keys' } });
  });
  afterAll(async () => {
    await system.close();
  });

  it('creates a key shown once, lists it by its hint only, and revokes it', async () => {
    const created = await keys('create', '--user', 'mia', '--scopes', 'postcards:read,postcards:write', '--expires', '30d', '--json');
    expect(created.code).toBe(0);
    const made = JSON.parse(created.stdout) as { id: string; key: string; user: string; scopes: string[]; expires_at: string };
    expect(made).toMatchObject({ id: expect.stringMatching(/^key_[0-9a-f]{16}$/), key: expect.stringMatching(/^pk_live_/), user: 'mia', scopes: ['postcards:write', 'postcards:read'] });
    expect(Date.parse(made.expires_at) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const listed = await keys('list', '--user', 'mia', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: made.id, hint: `${made.key.slice(0, 12)}…`, revoked_at: null })]);
    expect(listed.stdout).not.toContain(made.key);

    const status = await fetch(`${system.baseUrl}/api/v1/postcards`, { headers: { authorization: `Bearer ${made.key}` } });
    expect(status.status).toBe(200);
    expect((await keys('revoke', made.id)).code).toBe(0);
    expect((await fetch(`${system.baseUrl}/api/v1/postcards`, { headers: { authorization: `Bearer ${made.key}` } })).status).toBe(401);
  });

  it('explains bad input and exits 64', async () => {
    const bad = await keys('create', '--user', 'mia', '--scopes', 'everything');
    expect([bad.code, bad.stderr]).toEqual([64, expect.stringContaining('--scopes')]);
    expect((await keys('revoke', 'nope')).code).toBe(64);
    expect((await keys('frobnicate')).stderr).toContain('usage');
  });

  it('lets `npm run postcard` make a postcard with POSTCARD_API_KEY', async () => {
    const made = JSON.parse((await keys('create', '--user', 'lea', '--json')).stdout) as { key: string };
    const refused = await run('src/bin/postcard-cli.ts', ['Happy birthday, Lea', '--api', system.baseUrl, '--timeout', '60'], {});
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('401')]);
    const result = await run('src/bin/postcard-cli.ts', ['Happy birthday, Lea', '--api', system.baseUrl, '--timeout', '60'], { POSTCARD_API_KEY: made.key });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/preview: http:\/\/127\.0\.0\.1:\d+\/preview\/[\w-]+\?sig=/);
  });
});
