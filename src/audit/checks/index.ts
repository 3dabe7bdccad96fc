/** The eleven checklist items, in report order. */
import type { Check } from '../check';
import { binderCheck } from './binder';
import { dataCheck } from './data';
import { dependenciesCheck } from './dependencies';
import { docsCheck } from './docs';
import { hardwareCheck } from './hardware';
import { leakageCheck } from './leakage';
import { modelCheck } from './model';
import { notebooksCheck } from './notebooks';
import { pinnedCheck } from './pinned';
import { seedsCheck } from './seeds';
import { testsCheck } from './tests';

export const ALL_CHECKS: readonly Check[] = [
  dependenciesCheck,
  pinnedCheck,
  binderCheck,
  modelCheck,
  docsCheck,
  hardwareCheck,
  seedsCheck,
  notebooksCheck,
  dataCheck,
  testsCheck,
  leakageCheck
];
