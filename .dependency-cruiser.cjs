/**
 * Imports run downward (ARCHITECTURE.md, "Layers"). Run by `npm run lint:layers`,
 * which `npm test` runs after the type check.
 *
 * LAYERS is ordered top to bottom. A folder may import its own layer and any
 * layer below it, never one above: what a lower folder needs from above (a
 * timeout, a URL, a service) is passed down by the composition root in
 * src/runtime. Type-only imports count too (tsPreCompilationDeps).
 */
const LAYERS = [
  { name: 'bin', path: '^src/bin/' },
  { name: 'runtime', path: '^src/runtime/' },
  // Features that build on the postcards feature: live delivery (SSE and
  // WebSocket), the preview page, Bull Board, stats, assets, health, and the
  // web studio's pages (the studio itself lives in web/ and calls the API).
  { name: 'features', path: '^src/(live|preview|admin|stats|assets|health|studio)/' },
  { name: 'postcards', path: '^src/postcards/' },
  // Who is calling: users, API keys, scopes, signed links and stream tokens.
  { name: 'auth', path: '^src/auth/' },
  // Express plumbing every feature shares: the app, errors, validation.
  { name: 'http', path: '^src/http/' },
  { name: 'pipeline', path: '^src/pipeline/' },
  // The postcard store: every read and write of postcards and step runs.
  { name: 'store', path: '^src/store/' },
  { name: 'providers', path: '^src/providers/' },
  { name: 'platform', path: '^src/platform/' },
  { name: 'generated', path: '^src/generated/' },
];

const upward = LAYERS.slice(1).map((layer, index) => {
  const above = LAYERS.slice(0, index + 1);
  return {
    name: `${layer.name}-imports-upward`,
    comment: `src/${layer.name} sits below ${above.map((l) => l.name).join(', ')}: take what it needs as a parameter from the composition root instead.`,
    severity: 'error',
    from: { path: layer.path },
    to: { path: above.map((l) => l.path) },
  };
});

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'features-are-independent',
      comment: 'Feature folders of one layer do not import each other; what they share lives in postcards/, http/ or below.',
      severity: 'error',
      from: { path: '^src/(live|preview|admin|stats|assets|health|studio)/' },
      to: { path: '^src/(live|preview|admin|stats|assets|health|studio)/', pathNot: '^src/$1/' },
    },
    {
      name: 'unlayered-folder',
      comment: 'Every folder of src belongs to a layer: add a new one to LAYERS in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: LAYERS.map((l) => l.path) },
    },
    {
      name: 'src-imports-tests-or-scripts',
      comment: 'Production code never imports tests, fakes or scripts.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|scripts)/' },
    },
  ],
  options: {
    // Prisma's generated client is a leaf for us: its own imports are not ours to check.
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
