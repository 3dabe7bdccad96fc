import { analyzePython } from '../python/analyze';
import { notebookUses } from './notebookUses';

/** The Binder paper's shape: a package, a data folder, notebooks in experiments/ importing via sys.path. */
const FILES: Record<string, string> = {
  'bikeshare/__init__.py': 'from .features import add_time_features\n',
  'bikeshare/features.py': 'import pandas as pd\n\n\ndef add_time_features(rides):\n    return rides\n',
  'bikeshare/model.py': 'class RidershipModel:\n    pass\n',
  'data/rides.csv': 'a\n',
  'models/baseline.joblib': ''
};

const CODE = [
  'import sys, os',
  "sys.path.append('..')",
  'import pandas as pd',
  'import joblib',
  'from bikeshare import add_time_features',
  'from bikeshare.model import RidershipModel',
  "rides = pd.read_csv('../data/rides.csv')",
  "weather = pd.read_csv('../data/weather.csv')",
  "base = joblib.load('../models/baseline.joblib')",
  "joblib.dump(base, '../models/next.joblib')",
  "rides.to_csv('../data/out.csv')"
].join('\n');

describe('notebookUses', () => {
  it('lists modules at their definitions, data and models with presence, and packages', async () => {
    const uses = await notebookUses({
      path: 'experiments/forecast.ipynb',
      kind: 'notebook',
      analysis: analyzePython(CODE),
      files: Object.keys(FILES),
      analysisOf: async p => (FILES[p] === undefined ? undefined : analyzePython(FILES[p]))
    });
    expect(uses.modules.map(m => [m.import.local, m.path, m.line])).toEqual([
      ['add_time_features', 'bikeshare/features.py', 4],
      ['RidershipModel', 'bikeshare/model.py', 1]
    ]);
    expect(uses.stdlib).toEqual(['os', 'sys']);
    expect(uses.thirdParty).toEqual(['joblib', 'pandas']);
    expect(uses.data.map(d => [d.access, d.path, d.exists, d.line])).toEqual([
      ['read', 'data/rides.csv', true, 7],
      ['read', 'data/weather.csv', false, 8],
      ['write', 'data/out.csv', false, 11]
    ]);
    expect(uses.models.map(d => [d.access, d.path, d.exists])).toEqual([
      ['read', 'models/baseline.joblib', true],
      ['write', 'models/next.joblib', false]
    ]);
    expect(uses.unresolved).toEqual([]);
  });
});
