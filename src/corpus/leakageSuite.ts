/**
 * `npm run leakage-suite`: runs the leakage check's suite of small cases (src/audit/leakage/cases) and prints
 * precision and recall per kind of leak, and every case that went wrong.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LeakageCase, runSuite, suiteTable } from '../audit/leakage/suite';

/** The cases folder in the source tree (this file runs compiled, from lib/node/corpus/). */
export const CASES_FOLDER = path.resolve(__dirname, '..', '..', '..', 'src', 'audit', 'leakage', 'cases');

function filesUnder(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) {
      Object.assign(files, filesUnder(path.join(dir, entry.name), `${rel}/`));
    } else {
      files[rel] = fs.readFileSync(path.join(dir, entry.name), 'utf8');
    }
  }
  return files;
}

/** One case per file, or per folder (its file with a `# leakage:` header is the main one). */
export function loadCases(folder: string): LeakageCase[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter(e => e.isDirectory() || /\.(py|ipynb)$/.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(entry => {
      if (!entry.isDirectory()) {
        return { name: entry.name, files: { [entry.name]: fs.readFileSync(path.join(folder, entry.name), 'utf8') }, main: entry.name };
      }
      const files = filesUnder(path.join(folder, entry.name));
      const main = Object.keys(files).find(f => /leakage:/.test(files[f].split('\n')[0]) || (f.endsWith('.ipynb') && /# leakage:/.test(files[f])));
      if (!main) {
        throw new Error(`${entry.name}: no file starts with "# leakage: ..."`);
      }
      return { name: entry.name, files, main };
    });
}

async function main(): Promise<number> {
  const folder = process.argv[2] ?? CASES_FOLDER;
  const result = await runSuite(loadCases(folder));
  process.stdout.write(`${suiteTable(result)}\n`);
  return 0;
}

if (require.main === module) {
  main().then(
    code => process.exit(code),
    err => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(2);
    }
  );
}
