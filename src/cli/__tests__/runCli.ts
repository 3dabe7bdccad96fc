/** The CLI run in this process, as a test sees it: the exit code and everything it wrote to each stream. */
import { CliIO, main } from '../main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: { write: t => out.push(t) }, stderr: { write: t => err.push(t) }, cwd, isTTY: false, env: {} };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}
