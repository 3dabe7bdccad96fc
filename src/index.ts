/** The extension's plugins. */
import { auditPlugin } from './lab/auditPlugin';

export default [auditPlugin];
