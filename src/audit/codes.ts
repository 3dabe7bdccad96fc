/**
 * Every finding's stable code, `<item>.<kebab-name>`, with what it means. Codes are what a repo's config and
 * inline comments ignore and what SARIF calls rule ids, so a code never changes meaning once published: add new
 * ones, never rename. docs/codes.md is generated from this table (`UPDATE_CODES_DOC=1 npx jest src/audit/codes`); a test keeps them equal.
 */

import { CHECK_IDS, CheckId } from './report';

/** Codes of findings from the eleven checklist items, plus `reading.*` (walking and reading files), `config.*`. */
export const FINDING_CODES = {
  'dependencies.python2-code': 'Scripts are Python 2 code; the environment must ask for Python 2 (warn when it does not)',
  'dependencies.no-environment-file': 'No dependency file at all (requirements.txt, environment.yml, pyproject.toml...)',
  'dependencies.outside-known-places': 'Dependency files exist, but none where repo2docker and readers look',
  'dependencies.file-problem': 'A dependency file could not be fully read (a syntax error, an unclosed call...)',
  'dependencies.undeclared-import': 'The code imports a third-party package no dependency file declares',
  'pinned.not-exact': 'A declared package is not pinned to an exact version, nor covered by a lock file',
  'pinned.lock-unusable': 'A lock file could not be read, so it pins nothing',
  'pinned.nothing-declared': 'The code imports third-party packages and no file declares any of them, so none is pinned',
  'binder.dockerfile-root-user': 'The Dockerfile ends as USER root',
  'binder.dockerfile-no-user': 'The Dockerfile never switches to a non-root user',
  'binder.dockerfile-ignores-others': 'repo2docker builds from the Dockerfile alone and ignores the other files',
  'binder.file-ignored': 'repo2docker installs one environment file and ignores another (packages may be lost)',
  'binder.pyproject-no-build-system': 'pyproject.toml has no [build-system], so repo2docker does not install it',
  'binder.requirements-conda-format': "requirements.txt is in conda's export format (name=version=build), which pip cannot install",
  'binder.runtime-unreadable': 'runtime.txt could not be read',
  'binder.runtime-unknown': 'runtime.txt names a runtime repo2docker does not understand',
  'binder.both-binder-folders': 'Both binder/ and .binder/ exist',
  'binder.environment-yaml': 'environment.yaml, a name repo2docker does not read',
  'binder.no-config': 'No repo2docker configuration',
  'binder.root-config-ignored': 'A binder/ folder makes repo2docker ignore the root\'s environment files',
  'binder.no-launch-link': 'No Binder badge or launch link in the README',
  'model.shipped': 'A trained model is committed, or tracked with Git LFS or DVC',
  'model.download-verified': 'The docs link a model download with a checksum',
  'model.download-verified-in-code': 'The code downloads a trained model and verifies its checksum',
  'model.dvc-output-unrecorded': 'A DVC stage outputs the model, but no dvc.lock or .dvc file records it',
  'model.download-unverified': 'The docs link a model download without a checksum',
  'model.git-ignored': 'The model file is ignored by git, so it is not shipped',
  'model.trained-not-shipped': 'The code trains a model, but none is shipped or linked',
  'model.saved-not-shipped': 'The code saves a model, but none is shipped or linked',
  'docs.no-readme': 'No README in the repo root',
  'docs.readme-unreadable': 'The README could not be read as text',
  'docs.reproduce-steps': 'The README (or a document it links) says how to reproduce the results',
  'docs.reproduce-heading-only': 'A reproduce section without commands',
  'docs.no-reproduce-steps': 'The README does not say how to reproduce the results',
  'docs.results': 'The README shows results',
  'docs.no-results': 'The README shows no results',
  'docs.docstrings': 'Share of public functions and classes with a docstring',
  'docs.licence': 'A licence',
  'docs.no-licence': 'No licence',
  'docs.citation': 'CITATION.cff says how to cite the work',
  'docs.figure-map': "The README maps notebooks or scripts to the paper's figures and tables (steps and results at once)",
  'docs.licence-in-readme': 'The README names the licence (no LICENSE file)',
  'hardware.described': 'The hardware used and the run time are described',
  'hardware.no-run-time': 'The hardware is named, but not how long the runs took',
  'hardware.no-device': 'A run time is given, but not the hardware it ran on',
  'hardware.vague': 'The hardware is mentioned vaguely (no model, memory or time)',
  'hardware.not-described': 'No description of the hardware used',
  'seeds.seeded': 'The frameworks a file uses are seeded before first use',
  'seeds.unseeded-before-use': 'A framework draws random numbers before it is seeded (or with a seed that changes)',
  'seeds.unseeded-anywhere': 'A framework draws random numbers (where no traced run reaches, e.g. inside a model class) and nothing in the repo seeds it',
  'seeds.unseeded-generator': 'A random generator is made without a fixed seed',
  'seeds.call-without-seed': 'A call that takes a seed (random_state, seed=) has none fixed',
  'seeds.gpu-nondeterminism': 'PyTorch or TensorFlow runs on a GPU with no determinism switch (advice; the seed fix writes them)',
  'notebooks.out-of-order': 'Cells were run out of order',
  'notebooks.not-one-run': 'Execution counts with gaps: not one clean run',
  'notebooks.saved-error': 'A cell saved an error output',
  'notebooks.late-import': 'An import comes after other code',
  'notebooks.absolute-path': 'An absolute path that will not exist on another machine',
  'notebooks.parameters-cell': 'A cell tagged "parameters" for papermill',
  'notebooks.no-parameters-cell': 'Settings not in a papermill "parameters" cell (advice)',
  'notebooks.unreadable': 'The notebook could not be read',
  'notebooks.in-order': 'Notebooks run top to bottom, counts in order',
  'notebooks.never-run': 'Notebooks saved without outputs (run order cannot be checked)',
  'notebooks.python2-syntax': 'A cell is Python 2 code (print statement, "except E, e" ...): it does not run on Python 3',
  'notebooks.syntax-error': 'A cell does not parse as Python 3, so Restart & Run All stops there',
  'notebooks.python2-kernel': 'Saved with a Python 2 kernel though the code parses as Python 3 (advice)',
  'notebooks.use-before-define': 'A name is read in a cell above every cell that defines it: Restart & Run All fails',
  'data.download-verified': 'The code downloads data and verifies a checksum',
  'data.large-file-in-git': 'A large file is in plain git (not LFS, DVC or a checksummed download)',
  'data.large-folder-in-git': 'A folder of many small data files, large together, is committed to plain git',
  'data.large-file-git-ignored': 'Large files in the working copy are ignored by git',
  'data.published-dataset': 'The code loads a published dataset through a library (torchvision, tfds, sklearn, ...)',
  'data.lfs': 'Files stored with Git LFS',
  'data.dvc': 'Data versioned with DVC',
  'data.missing-file': 'The code reads a file that is not in the repo and nothing in the repo makes',
  'data.raw-kept-apart': 'Raw data kept apart in data/raw/',
  'tests.found': 'Tests present',
  'tests.doctests': 'Doctest examples in docstrings',
  'tests.none': 'No tests or doctests',
  'leakage.preprocessing': 'A transformation that learns from rows (scaler, imputer, encoder, PCA, feature selection, oversampler, a mean used to fill) is fit on rows that later reach the test set',
  'leakage.overlap': 'The same rows reach both the training and the test data (augmentation or oversampling before the split, test rows added to training data, overlapping slices)',
  'leakage.multi-test': 'The test set is scored repeatedly to choose among models or hyper-parameters, or a model is fit on it',
  'leakage.no-baseline': 'A model is fit and scored with no trivial baseline scored beside it (DummyClassifier/DummyRegressor, majority class, mean prediction)',
  'reading.unreadable-folder': 'A folder could not be read, so it was not audited',
  'reading.too-deep': 'Folders nested too deep (a symbolic link loop?); not followed',
  'reading.symlink-outside': 'A symbolic link to a folder outside the repo; not followed',
  'reading.symlink-loop': 'A symbolic link to a folder already audited (a loop or a duplicate); not followed',
  'reading.max-files': 'More files than the maxFiles limit; only the first were audited',
  'reading.unreadable-file': 'A file could not be read',
  'reading.file-truncated': 'A file is larger than the per-file limit; only its start was read',
  'reading.binary-file': 'A binary file where text was expected',
  'reading.not-utf8': 'A file is not valid UTF-8 text',
  'reading.python-unanalysed': 'Python code could not be analysed',
  'reading.python-syntax-error': 'A Python file has syntax errors; its analysis may be incomplete',
  'reading.notebook-too-large': 'A notebook is larger than the per-file limit; not parsed',
  'reading.notebook-invalid': 'A notebook could not be parsed',
  'reading.dvc-invalid': 'A DVC file could not be parsed',
  'reading.internal-error': 'A check failed with an internal error; the item is left out of the score',
  'config.invalid-toml': 'The repo\'s config file is not valid TOML',
  'config.unknown-key': 'A key the config does not know (a typo?)',
  'config.unknown-code': 'An ignore names no known item or finding code',
  'config.ignore-without-reason': 'An ignore without a reason (each ignore must say why)',
  'config.bad-weight': 'A weight that is not a non-negative number, or for no known item',
  'config.bad-exclude': 'An exclude that is not a list of glob strings',
  'config.inline-unknown-code': 'An inline `# repro-audit: ignore[...]` comment names no known item or code'
} as const;

/** The finding the engine puts first under an item worse than each of its findings: the item's summary, at its status. */
export type ItemStatusCode = `${CheckId}.item-status`;
export const ITEM_STATUS_MEANING = 'Why the item is worse than each of its findings (its summary, added by the engine)';

export type FindingCode = keyof typeof FINDING_CODES | ItemStatusCode;

export function itemStatusCode(id: CheckId): ItemStatusCode {
  return `${id}.item-status`;
}

/** Every code with its meaning, in the order docs/codes.md lists them. */
export function allFindingCodes(): { code: FindingCode; meaning: string }[] {
  const listed = Object.entries(FINDING_CODES).map(([code, meaning]) => ({ code: code as FindingCode, meaning }));
  const items = CHECK_IDS.map(id => ({ code: itemStatusCode(id), meaning: ITEM_STATUS_MEANING }));
  return [...listed, ...items];
}

export function isFindingCode(text: string): text is FindingCode {
  return allFindingCodes().some(c => c.code === text);
}

/** docs/codes.md: every code, grouped by item, with what it means and how to ignore one. */
export function codesMarkdown(): string {
  const out = [
    '# Finding codes',
    '',
    'Every finding of `repro-audit` (the CLI, the JupyterLab panel, the JSON and SARIF reports) carries one of',
    'these stable codes. Name one in the repo\'s config (`[ignore]` in `.repro-audit.toml` or',
    '`[tool.repro-audit.ignore]` in `pyproject.toml`) or in an inline `# repro-audit: ignore[code] why` comment to',
    'ignore that finding; name an item id (`seeds`) to ignore the whole item. Generated from `src/audit/codes.ts`',
    '(`UPDATE_CODES_DOC=1 npx jest src/audit/codes`); a unit test keeps the two equal.',
    ''
  ];
  const groups = new Map<string, { code: string; meaning: string }[]>();
  for (const entry of allFindingCodes()) {
    const group = entry.code.slice(0, entry.code.indexOf('.'));
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  for (const [group, entries] of groups) {
    out.push(`## ${group}`, '', '| code | meaning |', '|:--|:--|');
    out.push(...entries.map(e => `| \`${e.code}\` | ${e.meaning.replace(/\|/g, '\\|')} |`), '');
  }
  return out.join('\n');
}
