/**
 * The seed code itself, in SEEDS.md's order: environment variables that must be set before a
 * library starts, the imports it needs, one SEED constant, Python and NumPy, each framework with
 * its determinism switches, and the DataLoader worker helper when a DataLoader is given one.
 */
import type { TensorflowApi, TorchApi } from '../audit/seeds/seedingApi';
import { SCRIPT_BLOCK_BEGIN, SCRIPT_BLOCK_END } from './markers';

/** A module the seed code uses: the name it goes by, and whether the seed code must import it. */
export interface ModuleName {
  module: string;
  local: string;
  needsImport: boolean;
}

/**
 * Which Keras/TensorFlow entry point seeds TensorFlow: TF itself (through the API of its version),
 * a name bound to `tensorflow.compat.v1`, or standalone Keras (2.7+, 3) / tf_keras.
 */
export type TensorflowEntry =
  | { kind: 'tensorflow'; name: ModuleName; api: TensorflowApi }
  | { kind: 'compat-v1'; name: ModuleName; api: TensorflowApi }
  | { kind: 'keras'; name: ModuleName };

/** TF 2.1-2.7 (and TF 1 code run on a TF 2) make ops deterministic by this variable, read when ops run. */
export function needsTfDeterministicOps(entry: TensorflowEntry | undefined): boolean {
  return entry !== undefined && entry.kind !== 'keras' && entry.api !== 'v1' && entry.api !== 'current';
}

export interface SeedBlockSpec {
  kind: 'script' | 'notebook';
  seed: number;
  /** Leave out `SEED = n`: the code defines SEED itself before the seed code runs. */
  seedDefinedBefore: boolean;
  os?: ModuleName;
  random?: ModuleName;
  numpy?: ModuleName;
  torch?: ModuleName;
  /** What the declared PyTorch offers for deterministic algorithms (the current API when unknown). */
  torchApi?: TorchApi;
  tensorflow?: TensorflowEntry;
  jax?: ModuleName;
  /** The name for a JAX key made from SEED; none when the code makes its own keys. */
  jaxKey?: string;
  /** Names of the DataLoader helpers, when DataLoaders get them. */
  dataLoader?: { generator: string; workerInit: string };
  /** The script's file name, for the PYTHONHASHSEED advice. */
  fileName: string;
  eol?: string;
}

function importLine(name: ModuleName): string {
  return name.local === name.module ? `import ${name.module}` : `import ${name.module} as ${name.local}`;
}

/** The lines of seed code (without markers). */
export function seedLines(spec: SeedBlockSpec): string[] {
  const lines: string[] = [
    "# Seed every random number generator used here before its first draw (repro-audit's seed fix; run it again to update)."
  ];
  const importOf = (name: ModuleName | undefined): void => {
    if (name?.needsImport) {
      lines.push(importLine(name));
    }
  };
  const { os, torch, jax } = spec;
  const tfDeterministicOps = needsTfDeterministicOps(spec.tensorflow);
  if (os && (torch || jax || tfDeterministicOps)) {
    importOf(os);
    // Read when CUDA / XLA start: setdefault lets a value the user set win.
    if (torch) {
      lines.push(`${os.local}.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")`);
    }
    if (jax) {
      lines.push(
        `if "--xla_gpu_deterministic_ops" not in ${os.local}.environ.get("XLA_FLAGS", ""):`,
        `    ${os.local}.environ["XLA_FLAGS"] = (${os.local}.environ.get("XLA_FLAGS", "") + " --xla_gpu_deterministic_ops=true").strip()`
      );
    }
    if (tfDeterministicOps) {
      lines.push(`${os.local}.environ.setdefault("TF_DETERMINISTIC_OPS", "1")`);
    }
  }
  for (const name of [spec.random, spec.numpy, torch, spec.tensorflow?.name, jax]) {
    importOf(name);
  }
  if (!spec.seedDefinedBefore) {
    lines.push(`SEED = ${spec.seed}`);
  }
  if (spec.random) {
    lines.push(`${spec.random.local}.seed(SEED)`);
  }
  if (spec.numpy) {
    lines.push(`${spec.numpy.local}.random.seed(SEED)`);
  }
  if (torch) {
    const t = torch.local;
    lines.push(
      `${t}.manual_seed(SEED)`,
      `${t}.cuda.manual_seed_all(SEED)`,
      `${t}.backends.cudnn.benchmark = False`,
      `${t}.backends.cudnn.deterministic = True`
    );
    const api = spec.torchApi ?? 'warn-only';
    if (api === 'warn-only') {
      lines.push(`${t}.use_deterministic_algorithms(True, warn_only=True)`);
    } else if (api === 'strict-only') {
      lines.push(
        `# ${t}.use_deterministic_algorithms(True) has no warn_only before torch 1.11: it stops at the first nondeterministic op.`
      );
    }
  }
  if (spec.tensorflow) {
    lines.push(...tensorflowLines(spec.tensorflow));
  }
  if (jax && spec.jaxKey) {
    lines.push(`${spec.jaxKey} = ${jax.local}.random.key(SEED)`);
  }
  if (torch && spec.dataLoader) {
    const t = torch.local;
    lines.push(
      `def ${spec.dataLoader.workerInit}(worker_id):`,
      '    # Each DataLoader worker seeds NumPy and random from its own torch seed.',
      '    import random',
      '    import numpy',
      `    worker_seed = ${t}.initial_seed() % 2**32`,
      '    numpy.random.seed(worker_seed)',
      '    random.seed(worker_seed)',
      `${spec.dataLoader.generator} = ${t}.Generator()`,
      `${spec.dataLoader.generator}.manual_seed(SEED)`
    );
  }
  lines.push(
    spec.kind === 'notebook'
      ? '# PYTHONHASHSEED works only if set before Python starts: put it in the kernel\'s kernel.json "env".'
      : `# PYTHONHASHSEED works only if set before Python starts: run PYTHONHASHSEED=0 python ${spec.fileName}.`
  );
  return lines;
}

/** TensorFlow's seeding in the API of the version the repo runs. */
function tensorflowLines(entry: TensorflowEntry): string[] {
  const tf = entry.name.local;
  if (entry.kind === 'keras') {
    return [`${tf}.utils.set_random_seed(SEED)`];
  }
  if (entry.kind === 'compat-v1') {
    return [`${tf}.set_random_seed(SEED)`];
  }
  switch (entry.api) {
    case 'v1':
      return [`${tf}.set_random_seed(SEED)`];
    case 'compat-v1':
      return [`${tf}.compat.v1.set_random_seed(SEED)`];
    case 'random-set-seed':
      return [`${tf}.random.set_seed(SEED)`];
    case 'keras-utils-env':
      return [`${tf}.keras.utils.set_random_seed(SEED)`];
    default:
      return [`${tf}.keras.utils.set_random_seed(SEED)`, `${tf}.config.experimental.enable_op_determinism()`];
  }
}

/** The seed code as written: a notebook cell's source, or the script block between its markers (with a final line break). */
export function seedBlockText(spec: SeedBlockSpec): string {
  const lines = seedLines(spec);
  if (spec.kind === 'notebook') {
    return lines.join('\n');
  }
  const eol = spec.eol ?? '\n';
  return [SCRIPT_BLOCK_BEGIN, ...lines, SCRIPT_BLOCK_END].join(eol) + eol;
}
