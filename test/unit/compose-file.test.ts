import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { CONFIG_VARIABLES } from '../../src/platform/config';

const ROOT = join(__dirname, '..', '..');

describe('docker-compose.yml', () => {
  const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
  const example = parseEnv(readFileSync(join(ROOT, '.env.example'), 'utf8'));
  const uncommented = compose.replace(/^\s*#.*$/gm, '');
  const interpolated = [...uncommented.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1] ?? '');

  it('passes settings as ${VAR:-default}, each a setting the service reads, with .env.example\'s default', () => {
    expect(interpolated.length).toBeGreaterThan(10);
    for (const expression of interpolated) {
      const match = /^([A-Z][A-Z0-9_]*):-(.*)$/.exec(expression);
      expect({ expression, form: match === null ? 'not ${VAR:-default}' : 'ok' }).toEqual({ expression, form: 'ok' });
      const [, name = '', fallback] = match ?? [];
      expect({ name, known: CONFIG_VARIABLES.includes(name) }).toEqual({ name, known: true });
      expect({ name, fallback }).toEqual({ name, fallback: example[name] });
    }
  });

  it('hands the other settings over through an optional .env', () => {
    expect(compose).toMatch(/env_file:\n\s+- path: \.env\n\s+required: false\n/);
  });
});
