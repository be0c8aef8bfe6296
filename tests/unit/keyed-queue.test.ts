import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../src/keyed-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createKeyedQueue', () => {
  it('runs one tab’s tasks one after another, in order', async () => {
    const enqueue = createKeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([enqueue(1, task('a')), enqueue(1, task('b'))]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('lets different tabs work side by side', async () => {
    const enqueue = createKeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([enqueue(1, task('a')), enqueue(2, task('b'))]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('keeps going after a task fails', async () => {
    const enqueue = createKeyedQueue();
    await expect(enqueue(1, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(enqueue(1, async () => 'next')).resolves.toBe('next');
  });
});
