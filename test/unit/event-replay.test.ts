import { withoutSupersededEnds } from '../../src/live/event-hub';
import type { DeliveredEvent } from '../../src/pipeline/postcard-events';

const at = (n: number, event: DeliveredEvent['event']): DeliveredEvent => ({ id: `${n}-0`, taskId: 't', event });
const pending = { type: 'status', data: { status: 'PENDING' } } as const;
const cancelled = { type: 'status', data: { status: 'CANCELLED' } } as const;
const ended = { type: 'error', data: { step: 'content', message: 'cancelled by the client' } } as const;
const result = { type: 'result', data: { concept: null, content: null, image_url: null, preview_url: '/preview/t' } } as const;

describe('replaying a retried postcard', () => {
  it('leaves out an earlier run\'s end, and keeps the rest of its history', () => {
    const log = [at(1, pending), at(2, cancelled), at(3, ended), at(4, pending), at(5, { type: 'progress', data: { progress: 25 } })];
    expect(withoutSupersededEnds(log).map((e) => e.id)).toEqual(['1-0', '2-0', '4-0', '5-0']);
  });

  it('keeps the end of the run now stopped, and of a log with no run start in it (a Last-Event-ID replay)', () => {
    const stopped = [at(1, pending), at(2, cancelled), at(3, ended)];
    expect(withoutSupersededEnds(stopped)).toEqual(stopped);
    const tail = [at(7, { type: 'status', data: { status: 'COMPLETED' } }), at(8, result)];
    expect(withoutSupersededEnds(tail)).toEqual(tail);
  });
});
