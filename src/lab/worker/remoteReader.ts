/**
 * The worker's RepoReader: every listing and read is a message to the page, whose reader (the server
 * extension, the Contents API or a kernel) answers it. One per audit.
 */
import type { RepoEntry, RepoReader } from '../../audit/reader';
import type { AnalysisResult } from '../../audit/python/analyzer';
import type { ReaderAnswer, ReaderCall } from './protocol';

interface PendingCall {
  resolve: (answer: ReaderAnswer) => void;
  reject: (err: Error) => void;
}

export class RemoteReader implements RepoReader {
  private nextCallId = 1;
  private readonly pending = new Map<number, PendingCall>();
  /** Left out when the page's reader has none, as the walk expects of such readers. */
  readonly rootEntry?: () => Promise<{ name: string; stamp?: string } | undefined>;

  /**
   * @param root the page reader's root, shown in the report
   * @param send posts one call to the page
   * @param hasRootEntry whether the page's reader implements rootEntry
   */
  constructor(
    readonly root: string,
    private readonly send: (callId: number, call: ReaderCall) => void,
    hasRootEntry: boolean
  ) {
    if (hasRootEntry) {
      this.rootEntry = async () => {
        const answer = await this.call({ method: 'rootEntry' });
        return answer.method === 'rootEntry' ? answer.entry : undefined;
      };
    }
  }

  async list(dir: string): Promise<RepoEntry[]> {
    const answer = await this.call({ method: 'list', dir });
    return answer.method === 'list' ? answer.entries : [];
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array> {
    const answer = await this.call({ method: 'read', path, maxBytes });
    return answer.method === 'read' ? answer.bytes : new Uint8Array(0);
  }

  /** The page's analyses of a batch of Python modules (see pageAnalyzer.ts). */
  async analyze(sources: string[]): Promise<AnalysisResult[]> {
    const answer = await this.call({ method: 'analyze', sources });
    if (answer.method !== 'analyze' || answer.results.length !== sources.length) {
      throw new Error('the page answered an analysis with something else');
    }
    return answer.results;
  }

  /** The page's answer to a call. */
  answer(callId: number, answer: ReaderAnswer): void {
    const call = this.pending.get(callId);
    this.pending.delete(callId);
    call?.resolve(answer);
  }

  /** The page's reader rejected a call: the engine sees the same error it would in the page. */
  fail(callId: number, message: string): void {
    const call = this.pending.get(callId);
    this.pending.delete(callId);
    call?.reject(new Error(message));
  }

  /** Rejects every call still waiting (the audit was cancelled). */
  abandon(reason: Error): void {
    for (const call of this.pending.values()) {
      call.reject(reason);
    }
    this.pending.clear();
  }

  private call(call: ReaderCall): Promise<ReaderAnswer> {
    const callId = this.nextCallId++;
    return new Promise<ReaderAnswer>((resolve, reject) => {
      this.pending.set(callId, { resolve, reject });
      this.send(callId, call);
    });
  }
}
