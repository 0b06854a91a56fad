/** A page the quality gate will not store: what is wrong goes in the message. */
export class PageRejectedError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the postcard page failed the quality gate: ${problems.slice(0, 8).join('; ')}`.slice(0, 2000));
    this.name = 'PageRejectedError';
  }
}
