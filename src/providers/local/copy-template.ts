/** One hand-written variant of a card's copy; copy.ts picks one per prompt. */
export interface CopyTemplate {
  /** The title without and with a recipient to address. */
  readonly title: readonly [generic: string, addressed: (to: string) => string];
  readonly subtitle: string;
  /** One line each; joined with line breaks. */
  readonly body: readonly [string, ...string[]];
  /** Used as is when the prompt names no sender; its opening ("With love") precedes a named one. */
  readonly signature: string;
}

/** Two or three variants per occasion, so different prompts read differently. */
export type CopyVariants = readonly [CopyTemplate, CopyTemplate, ...CopyTemplate[]];
