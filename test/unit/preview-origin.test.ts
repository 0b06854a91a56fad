import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { previewHostTest } from '../../src/http/preview-host';
import { ConfigError, loadConfig } from '../../src/platform/config';
import { createUrlBuilder } from '../../src/postcards/postcard-presenter';

function requestWith(headers: Record<string, string>): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.headers = headers;
  return req;
}

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('PREVIEW_BASE_URL', () => {
  it('is off by default and trimmed of trailing slashes when set', () => {
    expect(loadConfig({}).http.previewBaseUrl).toBeNull();
    expect(loadConfig({ PREVIEW_BASE_URL: 'https://preview.example.com/' }).http.previewBaseUrl).toBe('https://preview.example.com');
  });

  it.each([
    ['not a URL', { PREVIEW_BASE_URL: 'preview.example.com' }, 'PREVIEW_BASE_URL: '],
    ['not http(s)', { PREVIEW_BASE_URL: 'ftp://preview.example.com' }, 'PREVIEW_BASE_URL: '],
    ['the API host', { PUBLIC_BASE_URL: 'https://cards.example.com', PREVIEW_BASE_URL: 'https://CARDS.example.com:443/preview' }, 'another host than PUBLIC_BASE_URL (cards.example.com)'],
    ['the default API host', { PORT: '9000', PREVIEW_BASE_URL: 'http://localhost:9000' }, 'another host than PUBLIC_BASE_URL (localhost:9000)'],
  ])('stops the boot when it is %s', (_label, env, message) => {
    expect(configError(env)).toContain(message);
  });

  it('moves preview URLs alone: status and image URLs stay on PUBLIC_BASE_URL', () => {
    const urls = createUrlBuilder({ publicBaseUrl: 'https://cards.example.com/api', previewBaseUrl: 'https://preview.example.net' });
    expect(urls.previewUrl('t1')).toBe('https://preview.example.net/preview/t1');
    expect(urls.statusUrl('t1')).toBe('https://cards.example.com/api/api/v1/postcards/status/t1');
    expect(urls.imageUrl('/api/v1/assets/abc')).toBe('https://cards.example.com/api/api/v1/assets/abc');
  });
});

describe('previewHostTest', () => {
  const test = previewHostTest({ previewBaseUrl: 'https://preview.example.net', trustProxy: false });
  const behindProxy = previewHostTest({ previewBaseUrl: 'https://preview.example.net', trustProxy: true });

  it('is null when previews share the API host', () => {
    expect(previewHostTest({ previewBaseUrl: null, trustProxy: false })).toBeNull();
  });

  it.each([
    ['preview.example.net', true],
    ['PREVIEW.example.net', true],
    ['preview.example.net:443', true],
    ['preview.example.net:8443', false],
    ['cards.example.com', false],
    ['preview.example.net.evil.test', false],
    ['user@preview.example.net', false],
    ['preview.example.net/x', false],
    ['', false],
  ])('tells Host %j apart: %s', (host, expected) => {
    expect(test?.(requestWith({ host }))).toBe(expected);
  });

  it('takes X-Forwarded-Host (its first value) only behind a trusted proxy', () => {
    const forwarded = requestWith({ host: 'api.internal:8001', 'x-forwarded-host': 'preview.example.net, proxy.internal' });
    expect(test?.(forwarded)).toBe(false);
    expect(behindProxy?.(forwarded)).toBe(true);
    expect(behindProxy?.(requestWith({ host: 'preview.example.net' }))).toBe(true);
  });
});
