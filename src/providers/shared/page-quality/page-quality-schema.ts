import { z } from 'zod';

/**
 * What the quality gate found on a stored page, as kept in `postcards.quality`
 * and shown in the postcard's status. One declaration for the store, the
 * presenter and the OpenAPI document.
 */
export const PageQualitySchema = z
  .object({
    html_errors: z.number().int().min(0).meta({ description: 'html-validate errors (presets standard, a11y, document)' }),
    html_error_rules: z.array(z.string()).meta({ description: 'the distinct html-validate rules those errors broke' }),
    accessibility_violations: z
      .number()
      .int()
      .min(0)
      .nullable()
      .meta({ description: 'serious or critical axe-core violations; null until a browser checked the page (npm run quality)' }),
    external_resources_removed: z.array(z.string()).meta({ description: 'URLs the page tried to load and that were taken out before it was stored' }),
    // Absent from records stored before the navigation pass: they had none removed.
    navigation_removed: z
      .array(z.string())
      .default([])
      .meta({ description: 'navigation taken out before the page was stored (location assignments, window.open, target=_top), each with where it was' }),
    checked_at: z.iso.datetime(),
  })
  .meta({ id: 'PageQuality' });
export type PageQuality = z.infer<typeof PageQualitySchema>;
