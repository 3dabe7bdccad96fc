/**
 * Runs a notebook's code cells top to bottom in a fresh kernel session of its own (never the user's
 * kernel), started at the notebook's folder; one cell at a time, stdin off, stop on error, a per-cell
 * timeout; and shuts the session down whatever happens (success, error, timeout, cancel, kernel death).
 * Shared by "verify twice" and, later, ablation runs.
 */
import type { IOutput } from '@jupyterlab/nbformat';
import type { Kernel, KernelMessage, ServiceManager, Session } from '@jupyterlab/services';
import type { CellRun } from '../../verify/compare';
import { trackSession, untrackSession } from './orphans';

export interface RunNotebookOptions {
  /** Server path of the notebook: the kernel's working directory is its folder. */
  path: string;
  /** Code cell sources, in order. */
  cells: readonly string[];
  kernelName: string;
  cellTimeoutMs: number;
  signal?: AbortSignal;
  /** Called before each cell runs (index 0-based), and once more with index === cells.length at the end. */
  onProgress?: (index: number, total: number) => void;
  /** Session name shown in the running-kernels list. */
  name?: string;
  /**
   * Expressions to evaluate once the cells are done (completed, or stopped at a cell error), by one
   * more silent execute with `user_expressions`; the replies come back as `NotebookRun.userExpressions`.
   */
  userExpressions?: Record<string, string>;
  /**
   * Take over waiting for the session's shutdown, which has begun when this is called: the run
   * resolves without waiting, so a next run can start while this kernel exits. The caller must
   * await the promise before it reports its work as over.
   */
  deferShutdown?: (shutdown: Promise<void>) => void;
}

export type RunOutcome = 'completed' | 'error' | 'timeout' | 'cancelled' | 'kernel-died' | 'stdin';

/** A cell's run with its timing and prompt number (set once the cell was sent to the kernel). */
export interface TimedCellRun extends CellRun {
  /** The kernel's execution count for the cell (its `In [n]`). */
  executionCount?: number | null;
  /** ISO times the cell was sent and its reply (or interruption) came. */
  startedAt?: string;
  finishedAt?: string;
  durationSeconds?: number;
}

export interface NotebookRun {
  outcome: RunOutcome;
  /** One entry per cell: those after a failure are 'not-run'. */
  cells: TimedCellRun[];
  /** A plain sentence on why the run stopped early. */
  message?: string;
  /** Index of the cell the run stopped at, if it stopped early. */
  failedCell?: number;
  /** The `user_expressions` of the reply to the final read, when `userExpressions` were asked for and read. */
  userExpressions?: Record<string, unknown>;
}

/** The notebook names a kernel this server does not have: raised before anything starts. */
export class MissingKernelSpecError extends Error {
  constructor(
    readonly kernelName: string,
    readonly available: string[]
  ) {
    super(
      `The notebook's kernel "${kernelName}" is not installed on this server` +
        (available.length ? ` (available: ${available.join(', ')})` : '') +
        '; nothing was run.'
    );
    this.name = 'MissingKernelSpecError';
  }
}

/** Why a cell stopped before its reply: each ends the run. */
class Interruption {
  constructor(
    readonly outcome: 'timeout' | 'cancelled' | 'kernel-died',
    readonly message: string
  ) {}
}

const SHUTDOWN_TIMEOUT_MS = 10000;
/** A kernel that died: how long it must stay gone, as the server's restarter may bring it back (it polls every few seconds, slower on a busy machine). */
const DIED_SETTLE_MS = 4000;
const DIED_SHUTDOWN_TIMEOUT_MS = 30000;

export async function checkKernelSpec(serviceManager: ServiceManager.IManager, kernelName: string): Promise<void> {
  await serviceManager.kernelspecs.ready;
  const specs = serviceManager.kernelspecs.specs?.kernelspecs ?? {};
  if (!specs[kernelName]) {
    throw new MissingKernelSpecError(kernelName, Object.keys(specs).sort());
  }
}

/**
 * A path no session has: the server hands back an existing session (the user's kernel!) when asked
 * for a path that already has one. The folder is the notebook's, which sets the working directory.
 */
function runPath(notebookPath: string): string {
  const slash = notebookPath.lastIndexOf('/');
  const folder = slash >= 0 ? notebookPath.slice(0, slash + 1) : '';
  const base = notebookPath.slice(slash + 1).replace(/\.ipynb$/, '');
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `${folder}.${base}.repro-run-${unique}.ipynb`;
}

function outputOf(msg: KernelMessage.IIOPubMessage): IOutput | undefined {
  const content = msg.content as Record<string, unknown>;
  switch (msg.header.msg_type) {
    case 'stream':
      return { output_type: 'stream', name: content.name as string, text: content.text as string };
    case 'execute_result':
      return {
        output_type: 'execute_result',
        execution_count: (content.execution_count as number) ?? null,
        data: content.data as IOutput['data'],
        metadata: (content.metadata ?? {}) as IOutput['metadata']
      } as IOutput;
    case 'display_data':
      return { output_type: 'display_data', data: content.data, metadata: content.metadata ?? {} } as IOutput;
    case 'error':
      return { output_type: 'error', ename: content.ename, evalue: content.evalue, traceback: content.traceback } as IOutput;
    default:
      return undefined;
  }
}

/** Resolves never; rejects with an Interruption on timeout, cancel or kernel death. */
function interruptions(
  kernel: Kernel.IKernelConnection,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  timeoutMessage: string
): { promise: Promise<never>; dispose: () => void } {
  let dispose = () => undefined as void;
  const promise = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new Interruption('timeout', timeoutMessage)), timeoutMs);
    const onAbort = () => reject(new Interruption('cancelled', 'Cancelled.'));
    const onStatus = (_: unknown, status: KernelMessage.Status) => {
      if (status === 'dead' || status === 'autorestarting' || status === 'restarting') {
        reject(new Interruption('kernel-died', 'The kernel died (it exited or crashed) while running this cell.'));
      }
    };
    const onConnection = (_: unknown, status: Kernel.ConnectionStatus) => {
      if (status === 'disconnected') {
        reject(new Interruption('kernel-died', 'The connection to the kernel was lost.'));
      }
    };
    signal?.addEventListener('abort', onAbort);
    kernel.statusChanged.connect(onStatus);
    kernel.connectionStatusChanged.connect(onConnection);
    if (signal?.aborted) {
      onAbort();
    }
    if (kernel.status === 'dead') {
      onStatus(undefined, 'dead');
    }
    dispose = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      kernel.statusChanged.disconnect(onStatus);
      kernel.connectionStatusChanged.disconnect(onConnection);
    };
  });
  // Rejections after the race is over are expected, not errors.
  promise.catch(() => undefined);
  return { promise, dispose };
}

async function withInterruptions<T>(
  kernel: Kernel.IKernelConnection,
  work: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  timeoutMessage: string
): Promise<T> {
  const guard = interruptions(kernel, timeoutMs, signal, timeoutMessage);
  try {
    return await Promise.race([work, guard.promise]);
  } finally {
    guard.dispose();
  }
}

function stdinMessage(outputs: IOutput[]): string | undefined {
  const stdin = outputs.find(o => o.output_type === 'error' && o.ename === 'StdinNotImplementedError');
  return stdin
    ? 'This cell asks for keyboard input (input() or getpass); runs here have no stdin, so the notebook cannot run unattended.'
    : undefined;
}

function errorMessage(outputs: IOutput[]): string {
  const error = outputs.find(o => o.output_type === 'error');
  return error ? `${String(error.ename)}: ${String(error.evalue)}` : 'The cell raised an error.';
}

/** Whether the server still lists the kernel (after a restart race it can outlive its session). */
async function kernelStillRunning(serviceManager: ServiceManager.IManager, kernelId: string): Promise<boolean> {
  await serviceManager.kernels.refreshRunning();
  for (const model of serviceManager.kernels.running()) {
    if (model.id === kernelId) {
      return true;
    }
  }
  return false;
}

/** Shuts the session (and so its kernel) down; true once the server has let both go. */
async function shutDown(
  serviceManager: ServiceManager.IManager,
  session: Session.ISessionConnection,
  kernelId: string | undefined,
  died = false
): Promise<boolean> {
  const deadline = Date.now() + (died ? DIED_SHUTDOWN_TIMEOUT_MS : SHUTDOWN_TIMEOUT_MS);
  const timeout = new Promise<boolean>(resolve => setTimeout(() => resolve(false), deadline - Date.now()));
  const attempt = async (): Promise<boolean> => {
    try {
      await session.shutdown();
    } catch {
      // The session may vanish first when its kernel dies; the kernel is shut down by id below.
    }
    if (!kernelId) {
      return true;
    }
    // A kernel that died is restarted by the server, and a restart racing the session's deletion can
    // leave it running without a session: shut it down by id until the server no longer lists it (a
    // kernel that died: until it has stayed gone for as long as the restarter takes to bring it back).
    let goneSince: number | undefined;
    while (Date.now() < deadline) {
      try {
        if (!(await kernelStillRunning(serviceManager, kernelId))) {
          goneSince ??= Date.now();
          if (!died || Date.now() - goneSince >= DIED_SETTLE_MS) {
            return true;
          }
        } else {
          goneSince = undefined;
          await serviceManager.kernels.shutdown(kernelId);
        }
      } catch {
        // A 404 means it is gone; anything else is retried after a pause.
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
    return false;
  };
  const done = await Promise.race([attempt(), timeout]);
  session.dispose();
  return done;
}

/**
 * Evaluates `expressions` in the kernel after the cells, by an empty silent execute (no prompt
 * number, no history), and stores the reply's `user_expressions` on `run`. A cancel or kernel death
 * meanwhile ends a completed run like one during a cell; a timeout or an aborted reply only leaves them unread.
 */
async function readUserExpressions(
  kernel: Kernel.IKernelConnection,
  expressions: Record<string, string>,
  run: NotebookRun,
  timeoutMs: number,
  signal: AbortSignal | undefined
): Promise<void> {
  const future = kernel.requestExecute({
    code: '',
    silent: true,
    store_history: false,
    allow_stdin: false,
    stop_on_error: false,
    user_expressions: expressions
  });
  try {
    const reply = await withInterruptions(kernel, future.done, timeoutMs, signal, 'Reading the variables timed out.');
    const content = reply?.content as { status?: string; user_expressions?: unknown } | undefined;
    const values = content?.user_expressions;
    if (content?.status === 'ok' && typeof values === 'object' && values !== null) {
      run.userExpressions = values as Record<string, unknown>;
    }
  } catch (reason) {
    if (reason instanceof Interruption) {
      if (reason.outcome === 'timeout') {
        await kernel.interrupt().catch(() => undefined);
      } else if (run.outcome === 'completed') {
        Object.assign(run, { outcome: reason.outcome, message: reason.message });
      }
    }
    // Anything else (the future disposed by a restart) only leaves the values unread: they are extras.
  } finally {
    future.dispose();
  }
}

/** Runs the cells once in a fresh session; never leaves the session running. */
export async function runNotebook(serviceManager: ServiceManager.IManager, options: RunNotebookOptions): Promise<NotebookRun> {
  const { cells, cellTimeoutMs, signal, onProgress } = options;
  await checkKernelSpec(serviceManager, options.kernelName);
  if (signal?.aborted) {
    return { outcome: 'cancelled', cells: cells.map((_, index) => ({ index, status: 'not-run', outputs: [] })), message: 'Cancelled.' };
  }
  const session = await serviceManager.sessions.startNew(
    {
      path: runPath(options.path),
      type: 'notebook',
      name: options.name ?? `Repro run of ${options.path}`,
      kernel: { name: options.kernelName }
    },
    // Comms and stdin are of no use to an unattended run.
    { kernelConnectionOptions: { handleComms: false } }
  );
  const kernel = session.kernel;
  trackSession({ sessionId: session.id, kernelId: kernel?.id ?? '' });
  const results: TimedCellRun[] = cells.map((_, index) => ({ index, status: 'not-run', outputs: [] }));
  const run: NotebookRun = { outcome: 'completed', cells: results };
  let died = false;
  try {
    if (!kernel) {
      throw new Error('The server started a session without a kernel.');
    }
    await withInterruptions(kernel, kernel.info, cellTimeoutMs, signal, 'The kernel did not start in time.');
    for (let index = 0; index < cells.length; index++) {
      onProgress?.(index, cells.length);
      const result = results[index];
      const started = Date.now();
      result.startedAt = new Date(started).toISOString();
      const future = kernel.requestExecute({
        code: cells[index],
        allow_stdin: false,
        stop_on_error: true,
        store_history: true,
        silent: false
      });
      future.onIOPub = msg => {
        if (msg.header.msg_type === 'clear_output') {
          result.outputs = [];
          return;
        }
        const output = outputOf(msg);
        if (output) {
          result.outputs.push(output);
        }
      };
      try {
        const reply = await withInterruptions(
          kernel,
          future.done,
          cellTimeoutMs,
          signal,
          `The cell did not finish within ${Math.round(cellTimeoutMs / 1000)} s and was interrupted.`
        );
        const content = reply?.content as { status?: string; execution_count?: number } | undefined;
        const status = content?.status;
        result.executionCount = typeof content?.execution_count === 'number' ? content.execution_count : null;
        if (status !== 'ok') {
          const stdin = stdinMessage(result.outputs);
          result.status = 'error';
          result.message = stdin ?? errorMessage(result.outputs);
          Object.assign(run, { outcome: stdin ? 'stdin' : 'error', message: result.message, failedCell: index });
          break;
        }
        result.status = 'ok';
      } catch (reason) {
        if (!(reason instanceof Interruption)) {
          // The future was disposed under us: the kernel restarted or the connection closed.
          if (kernel.isDisposed || kernel.status === 'dead' || kernel.status === 'restarting' || kernel.status === 'autorestarting') {
            reason = new Interruption('kernel-died', 'The kernel died (it exited or crashed) while running this cell.');
          } else {
            throw reason;
          }
        }
        const interruption = reason as Interruption;
        if (interruption.outcome === 'timeout') {
          await kernel.interrupt().catch(() => undefined);
        }
        result.status = interruption.outcome;
        result.message = interruption.message;
        Object.assign(run, { outcome: interruption.outcome, message: interruption.message, failedCell: index });
        break;
      } finally {
        future.dispose();
        const finished = Date.now();
        result.finishedAt = new Date(finished).toISOString();
        result.durationSeconds = (finished - started) / 1000;
      }
    }
    if (options.userExpressions && (run.outcome === 'completed' || run.outcome === 'error')) {
      await readUserExpressions(kernel, options.userExpressions, run, cellTimeoutMs, signal);
    }
    onProgress?.(cells.length, cells.length);
    return run;
  } catch (reason) {
    if (reason instanceof Interruption) {
      died = reason.outcome === 'kernel-died';
      return { outcome: reason.outcome, cells: results, message: reason.message, failedCell: 0 };
    }
    throw reason;
  } finally {
    // Left tracked when the shutdown failed, so the next start retries it.
    const shutdown = shutDown(serviceManager, session, kernel?.id, died || run.outcome === 'kernel-died').then(done => {
      if (done) {
        untrackSession(session.id);
      }
    });
    if (options.deferShutdown) {
      options.deferShutdown(shutdown);
    } else {
      await shutdown;
    }
  }
}
