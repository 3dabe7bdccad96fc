/**
 * The seed code itself, in SEEDS.md's order: environment variables that must be set before a
 * library starts, the imports it needs, one SEED constant, Python and NumPy, each framework with
 * its determinism switches, and the DataLoader worker helper when a DataLoader is given one.
 */
import { SCRIPT_BLOCK_BEGIN, SCRIPT_BLOCK_END } from './markers';

/** A module the seed code uses: the name it goes by, and whether the seed code must import it. */
export interface ModuleName {
  module: string;
  local: string;
  needsImport: boolean;
}

/** Which Keras/TensorFlow entry point seeds TensorFlow: TF itself, or standalone Keras (3) / tf_keras. */
export type TensorflowEntry = { kind: 'tensorflow' | 'keras'; name: ModuleName };

export interface SeedBlockSpec {
  kind: 'script' | 'notebook';
  seed: number;
  /** Leave out `SEED = n`: the code defines SEED itself before the seed code runs. */
  seedDefinedBefore: boolean;
  os?: ModuleName;
  random?: ModuleName;
  numpy?: ModuleName;
  torch?: ModuleName;
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
  if (os && (torch || jax)) {
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
      `${t}.backends.cudnn.deterministic = True`,
      `${t}.use_deterministic_algorithms(True, warn_only=True)`
    );
  }
  if (spec.tensorflow) {
    const tf = spec.tensorflow.name.local;
    if (spec.tensorflow.kind === 'tensorflow') {
      lines.push(`${tf}.keras.utils.set_random_seed(SEED)`, `${tf}.config.experimental.enable_op_determinism()`);
    } else {
      lines.push(`${tf}.utils.set_random_seed(SEED)`);
    }
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

/** The seed code as written: a notebook cell's source, or the script block between its markers (with a final line break). */
export function seedBlockText(spec: SeedBlockSpec): string {
  const lines = seedLines(spec);
  if (spec.kind === 'notebook') {
    return lines.join('\n');
  }
  const eol = spec.eol ?? '\n';
  return [SCRIPT_BLOCK_BEGIN, ...lines, SCRIPT_BLOCK_END].join(eol) + eol;
}
