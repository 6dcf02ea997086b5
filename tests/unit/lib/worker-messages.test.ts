import { describe, expect, it } from 'vitest';
import { openWorker, runWorker } from '../../../src/lib/worker-messages.ts';

const oneJob = new URL('../../fixtures/workers/one-job.ts', import.meta.url);
const answers = new URL('../../fixtures/workers/answers.ts', import.meta.url);

describe('runWorker: a one-job worker always settles', () => {
  it('with its value', async () => {
    expect(await runWorker(oneJob, { workerData: 'answer' })).toEqual({ ok: true, value: 42 });
  });

  it('with the message of an error the job threw', async () => {
    const reply = await runWorker(oneJob, { workerData: 'throw' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.message).toContain('the job failed');
  });

  it('with a failure when the worker crashes', async () => {
    const reply = await runWorker(oneJob, { workerData: 'crash' });
    expect(!reply.ok && reply.message).toContain('uncaught in the worker');
  });

  it('with a failure when the worker exits without answering', async () => {
    const reply = await runWorker(oneJob, { workerData: 'exit' });
    expect(!reply.ok && reply.message).toMatch(/stopped without a reply \(exit code 0\)/);
  });
});

describe('openWorker: requests to a long-lived worker', () => {
  it('are answered in the order they were sent', async () => {
    const channel = openWorker<string, string>(answers);
    try {
      expect(await Promise.all(['slow', 'b', 'c'].map((r) => channel.request(r)))).toEqual(['SLOW', 'B', 'C']);
    } finally {
      await channel.terminate();
    }
  });

  it('reject one by one when the handler throws, and the worker goes on', async () => {
    const channel = openWorker<string, string>(answers);
    try {
      await expect(channel.request('throw')).rejects.toThrow('asked to fail');
      expect(await channel.request('after')).toBe('AFTER');
    } finally {
      await channel.terminate();
    }
  });

  it('all reject, then and later, when the worker exits', async () => {
    const channel = openWorker<string, string>(answers);
    const waiting = [channel.request('slow'), channel.request('exit'), channel.request('never')];
    const settled = await Promise.allSettled(waiting);
    // 'slow' was answered before 'exit' was handled; the two behind it are failed, not left waiting.
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    for (const s of settled.slice(1)) expect(s.status === 'rejected' && String(s.reason)).toMatch(/stopped \(exit code 3\)/);
    await expect(channel.request('later')).rejects.toThrow(/stopped \(exit code 3\)/);
  });
});
