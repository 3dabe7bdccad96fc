/** The panel's state machine over an in-memory repo: progress, report, cancel, error, live weights. */
import type { Check } from '../audit/check';
import { MemoryRepoReader } from '../audit/memoryReader';
import type { RepoReader } from '../audit/reader';
import { AuditModel, AuditState } from './auditModel';

const hasReadme: Check = {
  id: 'docs',
  title: 'Docs',
  why: 'Readers need instructions.',
  sources: [],
  run: async facts =>
    facts.has('README.md')
      ? { status: 'pass', summary: 'README found', findings: [] }
      : { status: 'fail', summary: 'No README', findings: [{ status: 'fail', code: 'docs.no-readme', message: 'No README.md' }] }
};
const noTests: Check = {
  id: 'tests',
  title: 'Tests',
  why: 'Tests catch drift.',
  sources: [],
  run: async () => ({ status: 'fail', summary: 'No tests', findings: [] })
};

function modelOver(files: Record<string, string>, wrap: (r: RepoReader) => RepoReader = r => r) {
  const folders: string[] = [];
  const model = new AuditModel(folder => {
    folders.push(folder);
    return wrap(new MemoryRepoReader({ files }, folder || '/'));
  });
  model.setOptions({ checks: [hasReadme, noTests] });
  const states: AuditState['kind'][] = [];
  model.stateChanged.connect((_, s) => states.push(s.kind));
  return { model, states, folders };
}

describe('AuditModel', () => {
  it('starts empty, runs, and ends with the report, the folder and the time', async () => {
    const { model, states, folders } = modelOver({ 'README.md': '# x\n', '.binder/runtime.txt': 'python-3.11\n' });
    expect(model.state.kind).toBe('empty');
    const report = await model.audit('/papers/demo/');
    expect(folders).toEqual(['papers/demo']);
    expect(report?.score).toBe(50);
    expect(states[0]).toBe('running');
    expect(states[states.length - 1]).toBe('done');
    const s = model.state;
    if (s.kind !== 'done') {
      throw new Error('not done');
    }
    expect(s.result.folder).toBe('papers/demo');
    expect(s.result.finishedAt).toBeInstanceOf(Date);
    expect(s.result.hiddenFilesVisible).toBe(true);
    expect(model.folder).toBe('papers/demo');
  });

  it('says when no dot-file was ever listed', async () => {
    const { model } = modelOver({ 'README.md': '# x\n' });
    await model.audit('');
    expect(model.lastResult?.hiddenFilesVisible).toBe(false);
  });

  it('rescores the report on screen when weights change, without a new walk', async () => {
    const { model, folders } = modelOver({ 'README.md': '# x\n' });
    await model.audit('');
    const finishedAt = model.lastResult?.finishedAt;
    model.setOptions({ checks: [hasReadme, noTests], weights: { docs: 3, tests: 1 } });
    expect(model.lastResult?.report.score).toBe(75);
    expect(model.lastResult?.report.checks.map(c => c.weight)).toEqual([3, 1]);
    expect(model.lastResult?.finishedAt).toBe(finishedAt);
    expect(folders).toHaveLength(1);
  });

  it('cancel stops the run and keeps the last report', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>(resolve => (release = resolve));
    let gated = false;
    const { model } = modelOver({ 'README.md': '# x\n', 'a/b.py': 'x = 1\n' }, reader => ({
      root: reader.root,
      list: async dir => {
        if (gated) {
          await gate;
        }
        return reader.list(dir);
      },
      read: (p, n) => reader.read(p, n)
    }));
    await model.audit('');
    gated = true;
    const run = model.audit('');
    expect(model.state.kind).toBe('running');
    model.cancel();
    release();
    expect(await run).toBeUndefined();
    const s = model.state;
    expect(s.kind).toBe('cancelled');
    expect(s.kind === 'cancelled' && s.previous?.report.score).toBe(50);
  });

  it('an unreadable folder inside is a warning in the report', async () => {
    const { model } = modelOver({ 'README.md': '# x\n', 'secret/a.py': '' }, reader => ({
      root: reader.root,
      list: async dir => {
        if (dir === 'secret') {
          throw new Error('403 Forbidden');
        }
        return reader.list(dir);
      },
      read: (p, n) => reader.read(p, n)
    }));
    await model.audit('');
    const s = model.state;
    expect(s.kind).toBe('done');
    expect(s.kind === 'done' && s.result.report.warnings.map(w => w.message).join(' ')).toContain('403 Forbidden');
  });

  it('an audited folder that cannot be listed is an error naming it, not a report', async () => {
    const { model } = modelOver({ 'README.md': '# x\n' }, reader => ({
      root: 'gone',
      list: async () => {
        throw new Error('404 Not Found');
      },
      read: (p, n) => reader.read(p, n)
    }));
    await model.audit('gone');
    const s = model.state;
    expect(s.kind).toBe('error');
    expect(s.kind === 'error' && s.message).toBe('The folder gone cannot be read: 404 Not Found');
  });

  it('an audit that throws ends in the error state, with the message', async () => {
    const { model } = modelOver({ 'README.md': '# x\n' }, reader => ({
      get root(): string {
        throw new Error('server went away');
      },
      list: d => reader.list(d),
      read: (p, n) => reader.read(p, n)
    }));
    expect(await model.audit('x')).toBeUndefined();
    const s = model.state;
    expect(s.kind).toBe('error');
    expect(s.kind === 'error' && s.message).toBe('server went away');
    expect(s.kind === 'error' && s.folder).toBe('x');
  });

  it('a second audit supersedes the first', async () => {
    const { model } = modelOver({ 'README.md': '# x\n' });
    const first = model.audit('one');
    const second = model.audit('two');
    expect(await first).toBeUndefined();
    expect((await second)?.root).toBe('two');
    expect(model.folder).toBe('two');
  });

  it('reads the verifications after the report, and re-reads them on request', async () => {
    const asked: string[] = [];
    let standing: 'different' | 'same' = 'different';
    const model = new AuditModel(
      folder => new MemoryRepoReader({ files: { 'README.md': '# x\n' } }, folder || '/'),
      async folder => {
        asked.push(folder);
        return [{ path: `${folder}/n.ipynb`, repoPath: 'n.ipynb', standing, cells: 2, date: '2026-03-01T00:00:00.000Z' }];
      }
    );
    model.setOptions({ checks: [hasReadme] });
    await model.audit('repo');
    expect(asked).toEqual(['repo']);
    expect(model.lastResult?.verifications).toMatchObject([{ repoPath: 'n.ipynb', standing: 'different' }]);
    const finishedAt = model.lastResult?.finishedAt;

    standing = 'same';
    const states: AuditState['kind'][] = [];
    model.stateChanged.connect((_, s) => states.push(s.kind));
    await model.refreshVerifications();
    expect(states).toEqual(['done']);
    expect(model.lastResult?.verifications).toMatchObject([{ standing: 'same' }]);
    expect(model.lastResult?.finishedAt).toBe(finishedAt);
    // Rescoring keeps them.
    model.setOptions({ checks: [hasReadme], weights: { docs: 3 } });
    expect(model.lastResult?.verifications).toMatchObject([{ standing: 'same' }]);
  });

  it('still shows the report when the verifications cannot be read', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const model = new AuditModel(
      folder => new MemoryRepoReader({ files: { 'README.md': '# x\n' } }, folder || '/'),
      async () => {
        throw new Error('storage gone');
      }
    );
    model.setOptions({ checks: [hasReadme] });
    expect((await model.audit('repo'))?.score).toBe(100);
    expect(model.state.kind).toBe('done');
    expect(model.lastResult?.verifications).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refreshing before any audit does nothing', async () => {
    const model = new AuditModel(() => new MemoryRepoReader({ files: {} }, '/'), async () => []);
    await model.refreshVerifications();
    expect(model.state.kind).toBe('empty');
  });
});
