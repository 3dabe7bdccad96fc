/** The extension's plugins. */
import { ablationPlugin } from './lab/ablation/plugin';
import { auditPlugin } from './lab/auditPlugin';
import { sideBySidePlugin } from './lab/sideBySide/plugin';
import { verifyPlugin } from './lab/verify/plugin';

export default [auditPlugin, sideBySidePlugin, verifyPlugin, ablationPlugin];
