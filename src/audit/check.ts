/**
 * What a checklist item is: an id, a title, why it matters (with sources) and a function from the
 * repo's facts to an outcome. One file per item under `checks/`.
 */
import type { RepoFacts } from './facts';
import type { CheckId, CheckOutcome, Source } from './report';

export interface Check {
  id: CheckId;
  title: string;
  /** Why the item matters for reproducibility, in a sentence or two. */
  why: string;
  sources: Source[];
  run(facts: RepoFacts): Promise<CheckOutcome>;
}
