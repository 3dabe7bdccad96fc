/** The extension's plugins. */
import { auditPlugin } from './lab/auditPlugin';
import { sideBySidePlugin } from './lab/sideBySide/plugin';

export default [auditPlugin, sideBySidePlugin];
