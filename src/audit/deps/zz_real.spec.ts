import { runAudit } from '../engine';
import { FsRepoReader } from '../../cli/fsReader';
import { dependenciesCheck } from '../checks/dependencies';
import { pinnedCheck } from '../checks/pinned';
import { binderCheck } from '../checks/binder';
it('real', async () => {
  for (const root of (process.env.REPOS ?? '').split(',')) {
    const report = await runAudit(new FsRepoReader(root), { checks: [dependenciesCheck, pinnedCheck, binderCheck] });
    for (const c of report.checks) {
      console.log(root, c.id, c.status, c.summary, '\n' + c.findings.slice(0, 12).map(f => `  ${f.status} ${f.path ?? ''}:${f.cell ?? ''}:${f.line ?? ''} ${f.message}`).join('\n'));
    }
  }
}, 60000);
