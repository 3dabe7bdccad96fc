/** Re-audit on save: debounced, only inside the audited folder, never for the extension's own files. */
import { Signal } from '@lumino/signaling';
import type { Contents } from '@jupyterlab/services';
import type { AuditModel } from './auditModel';
import { AutoReaudit } from './autoReaudit';

function setup(folder: string | undefined, running = false) {
  const signal = new Signal<unknown, Contents.IChangedArgs>({});
  const audits: string[] = [];
  const model = {
    folder,
    isRunning: running,
    audit: async (f: string) => {
      audits.push(f);
      return undefined;
    }
  } as unknown as AuditModel;
  const auto = new AutoReaudit(signal, model, 1000);
  const save = (path: string) =>
    signal.emit({ type: 'save', oldValue: null, newValue: { path } as Partial<Contents.IModel> } as Contents.IChangedArgs);
  return { auto, audits, save, model };
}

describe('AutoReaudit', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('audits once after a burst of saves in the folder', () => {
    const { audits, save } = setup('repo');
    save('repo/a.py');
    jest.advanceTimersByTime(500);
    save('repo/nb/b.ipynb');
    jest.advanceTimersByTime(999);
    expect(audits).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(audits).toEqual(['repo']);
  });

  it('ignores other folders, its own report files, and everything when off or before any audit', () => {
    const { audits, save, auto } = setup('repo');
    save('other/a.py');
    save('repository/a.py');
    save('repo/repro-audit-report.md');
    save('repo/repro-audit-badge.svg');
    jest.advanceTimersByTime(5000);
    expect(audits).toEqual([]);
    auto.enabled = false;
    save('repo/a.py');
    jest.advanceTimersByTime(5000);
    expect(audits).toEqual([]);

    const none = setup(undefined);
    none.save('a.py');
    jest.advanceTimersByTime(5000);
    expect(none.audits).toEqual([]);
  });

  it('the server root sees every save; a running audit is waited for', () => {
    const { audits, save, model } = setup('', true);
    save('deep/down/x.py');
    jest.advanceTimersByTime(1000);
    expect(audits).toEqual([]);
    (model as { isRunning: boolean }).isRunning = false;
    jest.advanceTimersByTime(1000);
    expect(audits).toEqual(['']);
  });
});
