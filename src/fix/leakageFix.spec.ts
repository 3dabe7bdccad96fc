import * as path from 'path';
import { loadCases } from '../corpus/leakageSuite';
import { analyseForFix } from '../audit/leakage/fixFacts';
import { applySeedPlan } from './apply';
import { planLeakageFix } from './leakageFix';
import { seedPlanDiff } from './preview';

const CASES = path.join(__dirname, '..', 'audit', 'leakage', 'cases');

function leaksAfter(file: string, text: string): string[] {
  const analysed = analyseForFix(file, text);
  if (typeof analysed === 'string') {
    throw new Error(analysed);
  }
  return analysed.leaks.map(l => l.kind);
}

describe('the preprocessing-leakage fix', () => {
  it('fits a transformer made in the leaking statement on the training side after the split', () => {
    const text = [
      'from sklearn.preprocessing import StandardScaler',
      'from sklearn.model_selection import train_test_split',
      'X = StandardScaler().fit_transform(X)',
      'X_train, X_test, y_train, y_test = train_test_split(X, y)',
      'print(model.fit(X_train, y_train).score(X_test, y_test))',
      ''
    ].join('\n');
    const plan = planLeakageFix({ path: 'train.py', text });
    expect(plan.status).toBe('changes');
    expect(applySeedPlan(text, plan)).toBe(
      [
        'from sklearn.preprocessing import StandardScaler',
        'from sklearn.model_selection import train_test_split',
        'X_train, X_test, y_train, y_test = train_test_split(X, y)',
        'standard_scaler = StandardScaler()',
        'X_train = standard_scaler.fit_transform(X_train)',
        'X_test = standard_scaler.transform(X_test)',
        'print(model.fit(X_train, y_train).score(X_test, y_test))',
        ''
      ].join('\n')
    );
    expect(plan.changes).toEqual(['StandardScaler fit on the training side `X_train` after the split at line 4, instead of on every row of `X` at line 3']);
  });

  it('moves a fit to after the split when the transforms already come after it', () => {
    const text = 'scaler = RobustScaler().fit(X)\nX_tr, X_te, y_tr, y_te = train_test_split(X, y)\nX_te = scaler.transform(X_te)\nm.fit(scaler.transform(X_tr), y_tr)\nm.score(X_te, y_te)\n';
    const plan = planLeakageFix({ path: 'a.py', text: `from sklearn.preprocessing import RobustScaler\nfrom sklearn.model_selection import train_test_split\n${text}` });
    expect(seedPlanDiff(`from sklearn.preprocessing import RobustScaler\nfrom sklearn.model_selection import train_test_split\n${text}`, plan)).toContain(
      '-scaler = RobustScaler().fit(X)\n+scaler = RobustScaler()\n X_tr, X_te, y_tr, y_te = train_test_split(X, y)\n+scaler.fit(X_tr)\n'
    );
  });

  it('leaves shapes it does not rewrite to the author, saying so', () => {
    const text = 'import pandas as pd\nfrom sklearn.model_selection import train_test_split\ndf = pd.read_csv("d.csv")\ndf = df.fillna(df.mean())\ntrain, test = train_test_split(df)\nm.fit(train, y)\nm.score(test, y2)\n';
    const plan = planLeakageFix({ path: 'a.py', text });
    expect(plan.status).toBe('unsupported');
    expect(plan.reason).toMatch(/fit on the training split by hand/);
  });

  it('removes every preprocessing leak of the suite it rewrites, in scripts and across notebook cells', () => {
    const fixed: string[] = [];
    for (const c of loadCases(CASES).filter(c => c.files[c.main].includes('preprocessing@'))) {
      const text = c.files[c.main];
      const plan = planLeakageFix({ path: c.main, text });
      if (plan.status !== 'changes') {
        continue;
      }
      expect({ name: c.name, after: leaksAfter(c.main, applySeedPlan(text, plan)) }).toEqual({ name: c.name, after: [] });
      fixed.push(c.name);
    }
    expect(fixed).toEqual(expect.arrayContaining(['pre_scaler_before_split.py', 'pre_notebook_split_later.ipynb', 'pre_fit_whole_transform_after.py']));
  });
});
