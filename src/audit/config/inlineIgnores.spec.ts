/** Inline `repro-audit: ignore[...]` comments: their syntax. Their effect on an audit is in config.spec.ts. */
import { directivesOn } from './inlineIgnores';

describe('directivesOn', () => {
  it('reads the codes in the brackets and the reason after them', () => {
    expect(directivesOn('x = np.random.rand()  # repro-audit: ignore[seeds.unseeded-before-use] a demo of noise')).toEqual([
      { targets: ['seeds.unseeded-before-use'], reason: 'a demo of noise' }
    ]);
  });

  it('takes several codes, no reason, and any comment syntax', () => {
    expect(directivesOn('numpy  # repro-audit: ignore[pinned.not-exact, pinned]')).toEqual([
      { targets: ['pinned.not-exact', 'pinned'] }
    ]);
    expect(directivesOn('<!-- repro-audit: ignore[docs.no-results] -- results are in the paper -->')).toEqual([
      { targets: ['docs.no-results'], reason: 'results are in the paper' }
    ]);
  });

  it('finds nothing on other lines', () => {
    expect(directivesOn('# repro-audit is a tool')).toEqual([]);
    expect(directivesOn('x = 1')).toEqual([]);
  });
});
