/**
 * The package versions recorded in study.json: the distributions providing the third-party modules
 * the notebook imports, read in the full variant's kernel with one read-only `user_expressions`
 * query over `importlib.metadata` (nothing is imported or run beyond that).
 */
import type { ParsedNotebook } from '../../audit/notebook/parse';
import { notebookCode } from '../../audit/notebook/code';
import { analyzePython } from '../../audit/python/analyze';
import { isStdlibModule } from '../../audit/python/stdlib';

/** The user_expressions key of the query; not a valid name a user would pick for a metric. */
export const PACKAGE_VERSIONS_EXPRESSION = '__repro_audit_package_versions__';

/** Top-level names of the modules the notebook imports that are neither standard nor relative, sorted. */
export function importedModules(notebook: ParsedNotebook): string[] {
  const modules = new Set<string>();
  for (const imp of analyzePython(notebookCode(notebook).source).imports) {
    const top = imp.module.split('.')[0];
    if (top && !imp.module.startsWith('.') && !isStdlibModule(top)) {
      modules.add(top);
    }
  }
  return [...modules].sort();
}

/**
 * A Python expression giving a JSON string {distribution: version, python: version} for the
 * distributions that provide `modules` (packages_distributions, Python 3.10+; older gives python only).
 */
export function packageVersionsExpression(modules: readonly string[]): string {
  const names = JSON.stringify(modules.filter(m => /^[A-Za-z_][A-Za-z0-9_]*$/.test(m)));
  return (
    '(lambda md, json, platform: (lambda pd: (lambda wanted: json.dumps(dict(sorted(' +
    '[("python", platform.python_version())] + ' +
    '[(d.metadata["Name"], d.version) for d in md.distributions() if d.metadata["Name"] in wanted]' +
    '))))' +
    `({name for m in ${names} for name in pd.get(m, [])}))` +
    '(md.packages_distributions() if hasattr(md, "packages_distributions") else {}))' +
    '(__import__("importlib.metadata", fromlist=["version"]), __import__("json"), __import__("platform"))'
  );
}

/** Python's repr of a str, back to the str (the escapes repr writes for ASCII text). */
function unrepr(text: string): string | undefined {
  const match = /^(['"])(.*)\1$/s.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
  return match[2].replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (escapes[e] ?? '\\' + e)
  );
}

/** The versions from the query's reply (`{status, data: {'text/plain'}}`); empty when it failed. */
export function packageVersionsOf(reply: unknown): Record<string, string> {
  const r = reply as { status?: unknown; data?: Record<string, unknown> } | undefined;
  const plain = r?.status === 'ok' ? r.data?.['text/plain'] : undefined;
  const json = typeof plain === 'string' ? unrepr(plain) : undefined;
  if (json === undefined) {
    return {};
  }
  try {
    const parsed = JSON.parse(json) as unknown;
    const versions: Record<string, string> = {};
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      for (const [name, version] of Object.entries(parsed)) {
        if (typeof version === 'string') {
          versions[name] = version;
        }
      }
    }
    return versions;
  } catch {
    return {};
  }
}
