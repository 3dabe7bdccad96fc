/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The preview keeps repo content as text and styles diff lines by role. */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { SeedFixPreview } from './SeedFixPreview';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const trans = { __: (t: string) => t } as unknown as TranslationBundle;
const EVIL = '<img src=x onerror=alert(1)>.py';

it('renders the diff and notes as text, with a class per line role', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  const diff = `--- a/${EVIL}\n+++ b/${EVIL}\n@@ -1 +1,2 @@\n-x = 1\n+SEED = 42\n+<b>bold</b>\n`;
  act(() =>
    root.render(
      <SeedFixPreview
        files={[
          { path: EVIL, status: 'changes', diff, changes: ['seed block inserted'] },
          { path: 'ok.py', status: 'already-seeded', diff: '', changes: [] }
        ]}
        notes={['PYTHONHASHSEED <i>cannot</i> be set']}
        trans={trans}
      />
    )
  );
  expect(host.querySelector('img, b, i')).toBeNull();
  expect(host.querySelector('.jp-ReproAudit-fixPath')?.textContent).toBe(EVIL);
  const roles = [...host.querySelectorAll('.jp-ReproAudit-diffLine')].map(l => l.className.replace('jp-ReproAudit-diffLine jp-ReproAudit-diff-', ''));
  expect(roles).toEqual(['file', 'file', 'hunk', 'removed', 'added', 'added']);
  expect(host.querySelector('.jp-ReproAudit-diff')?.textContent).toBe(diff);
  expect(host.querySelector('[data-path="ok.py"]')?.textContent).toContain('already seeds everything it uses');
  expect(host.querySelector('.jp-ReproAudit-fixNotes')?.textContent).toContain('PYTHONHASHSEED <i>cannot</i> be set');
  act(() => root.unmount());
});
