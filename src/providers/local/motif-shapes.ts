/** The motif drawers now live in illustration/; this module keeps the old import path working. */
export { MOTIF_DRAWERS } from './illustration/catalog.js';
export type { MotifDrawer, MotifPaint } from './illustration/paint.js';
export { num } from './illustration/svg.js';
