import { buildPostcardFlow } from '../../src/pipeline/flow';
import type { FlowJob } from 'bullmq';
import { loadConfig } from '../../src/platform/config';

const pipeline = loadConfig({ AI_WORKFLOW_RETRY_COUNT: '4', AI_WORKFLOW_BACKOFF_MS: '1500' }).pipeline;
const data = { taskId: '6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f', run: 1 };

function chain(root: FlowJob): FlowJob[] {
  const nodes: FlowJob[] = [];
  let node: FlowJob | undefined = root;
  while (node !== undefined) {
    nodes.push(node);
    expect((node.children ?? []).length).toBeLessThanOrEqual(1);
    node = node.children?.[0];
  }
  return nodes;
}

describe('buildPostcardFlow', () => {
  it('nests the steps so the first step is the deepest child', () => {
    const nodes = chain(buildPostcardFlow(data, pipeline));
    expect(nodes.map((n) => n.queueName)).toEqual(['code', 'image', 'content', 'concept']);
    expect(nodes.map((n) => n.opts?.jobId)).toEqual([
      `${data.taskId}.code.1`,
      `${data.taskId}.image.1`,
      `${data.taskId}.content.1`,
      `${data.taskId}.concept.1`,
    ]);
  });

  it('sets attempts, jittered exponential backoff and removal on every node, and failParentOnFailure on every child', () => {
    const nodes = chain(buildPostcardFlow(data, pipeline));
    for (const node of nodes) {
      expect(node.opts?.attempts).toBe(4);
      expect(node.opts?.backoff).toEqual({ type: 'provider-aware', delay: 1500 });
      expect(node.opts?.removeOnComplete).toBeDefined();
      expect(node.data).toEqual(data);
    }
    expect(nodes[0]?.opts?.failParentOnFailure).toBeUndefined();
    for (const child of nodes.slice(1)) expect(child.opts?.failParentOnFailure).toBe(true);
  });

  it('can start from a later step', () => {
    const nodes = chain(buildPostcardFlow({ ...data, run: 2 }, pipeline, 'image'));
    expect(nodes.map((n) => n.queueName)).toEqual(['code', 'image']);
    expect(nodes[1]?.opts?.jobId).toBe(`${data.taskId}.image.2`);
  });
});
