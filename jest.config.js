// Types are checked once, by `npm run typecheck` (tsc); jest only strips them,
// file by file, with swc (about 25 times faster than ts-jest's transpiler on a
// cold cache, which is what CI starts from). `import()` is left alone so that
// Prisma's generated client can load its ES-module runtime (NODE_OPTIONS in
// package.json turns on --experimental-vm-modules for that).
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'commonjs', ignoreDynamic: true },
      sourceMaps: 'inline',
    },
  ],
};

/** What both projects share. */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform,
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/**
 * Two projects: `npx jest --selectProjects unit` runs the pure-logic tests
 * alone (no PostgreSQL, Redis or build needed); `npm test` runs both.
 * @type {import('jest').Config}
 */
module.exports = {
  // Integration suites each get their own database and queue prefix, so files run in parallel.
  maxWorkers: 2,
  // A run-wide option: jest ignores it inside a project.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      // Builds dist/ if it is stale and a migrated template database; only run when an integration suite is selected.
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
