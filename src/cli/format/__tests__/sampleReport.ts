/** A hand-made report exercising every shape a formatter meets, hostile repo-derived text included. */
import type { AuditReport } from '../../../audit/report';

export const HOSTILE_NAME = 'evil|name`<img src=x onerror=alert(1)>\x1b[31m.py';

export function sampleReport(): AuditReport {
  return {
    version: 1,
    root: 'examples/demo',
    score: 47,
    checks: [
      {
        id: 'dependencies',
        title: 'Dependencies declared',
        weight: 15,
        why: 'An environment file lets others rebuild the software you ran.',
        sources: [{ title: 'Binder paper' }, { title: 'repo2docker', url: 'https://repo2docker.readthedocs.io/' }],
        status: 'pass',
        summary: 'requirements.txt declares 3 packages',
        findings: [{ status: 'pass', code: 'dependencies.undeclared-import', message: 'Dependencies declared in requirements.txt', path: 'requirements.txt' }]
      },
      {
        id: 'pinned',
        title: 'Versions pinned',
        weight: 10,
        why: 'Library versions change results.',
        sources: [],
        status: 'warn',
        summary: '1 of 3 packages pinned',
        findings: [
          {
            status: 'warn',
            code: 'pinned.not-exact',
            message: 'scikit-learn has no version',
            path: 'requirements.txt',
            line: 2,
            fix: 'pin',
            evidence: [
              { path: 'requirements.txt', line: 3 },
              { path: 'env/requirements-dev.txt', line: 10 }
            ]
          }
        ]
      },
      {
        id: 'binder',
        title: 'Binder-ready',
        weight: 10,
        why: 'Binder builds from repo2docker files.',
        sources: [{ title: 'repo2docker config', url: 'https://repo2docker.readthedocs.io/en/latest/config_files.html' }],
        status: 'fail',
        summary: 'No Binder link',
        findings: []
      },
      {
        id: 'seeds',
        title: 'Random seeds fixed',
        weight: 15,
        why: 'Unseeded generators give different numbers on every run.',
        sources: [{ title: 'PyTorch randomness', url: 'https://pytorch.org/docs/stable/notes/randomness.html' }],
        status: 'fail',
        summary: 'numpy draws before any seed',
        findings: [
          { status: 'fail', code: 'seeds.unseeded-before-use', message: 'np.random.rand draws before numpy is seeded', path: 'notebooks/train.ipynb', cell: 3, line: 2 },
          { status: 'warn', code: 'seeds.call-without-seed', message: `Message quoting ${HOSTILE_NAME}\nsecond line`, path: `src/${HOSTILE_NAME}`, line: 7 }
        ]
      },
      {
        id: 'hardware',
        title: 'Hardware described',
        weight: 5,
        why: '',
        sources: [],
        status: 'na',
        summary: '',
        findings: []
      }
    ],
    stats: { files: 12, bytesRead: 12345, ms: 35, limitsHit: ['maxBytesPerFile'] },
    warnings: [
      { status: 'warn', code: 'reading.file-truncated', message: 'File is larger than the per-file limit (8388608 bytes); only its start was read', path: 'data/big.csv' },
      { status: 'warn', code: 'reading.max-files', message: 'The repo has more than 10 files' }
    ]
  };
}
