/**
 * seeds: is every generator of random numbers the code uses seeded before its first draw, in every
 * notebook and script? And does every call that takes its own seed (random_state, a JAX key, a
 * NumPy Generator) get a fixed one? The knowledge lives in ../seeds/, shared with the seed fixer.
 */
import type { Check } from '../check';
import { DEPENDENCY_FILES } from '../deps/facts';
import { PYTHON_UNITS } from '../python/units';
import { assessSeeds } from '../seeds/assess';
import { gpuDeterminismFindings } from '../seeds/gpuDeterminism';
import { PYTORCH_RANDOMNESS, SKLEARN_RANDOMNESS, TATMAN_TALK, TF_DETERMINISM } from '../sources';
import { isTestCode, isTestPath } from '../testPath';
import { R_PIECES } from '../deps/rPackages';
import { assessRSeeds } from '../seeds/rSeeds';
import { VENDORED_FOLDERS } from '../vendored';

export const seedsCheck: Check = {
  id: 'seeds',
  title: 'Random seeds',
  why:
    'Code that draws random numbers gives different results on every run unless each generator it uses ' +
    '(Python, NumPy, the ML framework, and every estimator that takes a random_state) is seeded before its first ' +
    'draw; seeding every generator is the first advice of reproducible-ML talks and of the frameworks\' own docs.',
  sources: [TATMAN_TALK, PYTORCH_RANDOMNESS, TF_DETERMINISM, SKLEARN_RANDOMNESS],
  async run(facts) {
    // The code that makes results is judged: randomness in tests or in a vendored library is not.
    const vendored = await facts.get(VENDORED_FOLDERS);
    const declared = (await facts.get(DEPENDENCY_FILES)).flatMap(f => f.packages);
    const units = await facts.get(PYTHON_UNITS);
    const judged = (unit: (typeof units)[number]): boolean => !isTestCode(unit.path, unit.analysis) && !vendored.contains(unit.path);
    const r = assessRSeeds(await facts.get(R_PIECES), path => !isTestPath(path) && !vendored.contains(path));
    const outcome = assessSeeds(units, judged, declared, r);
    if (outcome.status === 'na') {
      return outcome;
    }
    // Advice beside the verdict: seeded GPU code can still differ run to run.
    return { ...outcome, findings: [...outcome.findings, ...gpuDeterminismFindings(units.filter(judged))] };
  }
};
