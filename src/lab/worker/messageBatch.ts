/**
 * Gathers the items produced within one turn of the event loop into one message. The engine asks for
 * hundreds of files at once (every check awaits its facts together); one message per file would reach
 * the page as hundreds of tasks, and the server reader, which batches the reads of one task, would send
 * hundreds of small requests instead of a few large ones.
 */
export class MessageBatch<T> {
  private items: T[] = [];

  /**
   * @param flush sends the gathered items (never an empty list)
   * @param schedule runs the flush after the current turn (a microtask by default)
   */
  constructor(
    private readonly flush: (items: T[]) => void,
    // Called as a plain function: a browser's queueMicrotask throws "Illegal invocation" as a method of another object.
    private readonly schedule: (run: () => void) => void = run => queueMicrotask(run)
  ) {}

  add(item: T): void {
    this.items.push(item);
    if (this.items.length === 1) {
      this.schedule(() => {
        const items = this.items;
        this.items = [];
        if (items.length) {
          this.flush(items);
        }
      });
    }
  }
}
