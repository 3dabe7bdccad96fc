import { MessageBatch } from './messageBatch';

describe('MessageBatch', () => {
  it('sends what one turn added as one list, and the next turn as another', async () => {
    const sent: number[][] = [];
    const batch = new MessageBatch<number>(items => sent.push(items));
    batch.add(1);
    batch.add(2);
    batch.add(3);
    expect(sent).toEqual([]);
    await Promise.resolve();
    batch.add(4);
    await Promise.resolve();
    expect(sent).toEqual([[1, 2, 3], [4]]);
  });

  it('adds made while flushing go into the next message', () => {
    const runs: (() => void)[] = [];
    const sent: string[][] = [];
    const batch = new MessageBatch<string>(
      items => {
        sent.push(items);
        if (items[0] === 'a') {
          batch.add('c');
        }
      },
      run => runs.push(run)
    );
    batch.add('a');
    batch.add('b');
    runs.shift()!();
    runs.shift()!();
    expect(sent).toEqual([['a', 'b'], ['c']]);
    expect(runs).toEqual([]);
  });
});

describe('MessageBatch scheduling', () => {
  it('calls the scheduler as a plain function (a browser refuses queueMicrotask called on another object)', async () => {
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = function (this: unknown, run: () => void) {
      if (this !== undefined && this !== globalThis) {
        throw new TypeError('Illegal invocation');
      }
      original(run);
    };
    try {
      const sent: number[][] = [];
      const batch = new MessageBatch<number>(items => sent.push(items));
      batch.add(1);
      await Promise.resolve();
      expect(sent).toEqual([[1]]);
    } finally {
      globalThis.queueMicrotask = original;
    }
  });
});
