import * as fs from 'fs';
import * as path from 'path';

// The fixer runs in JupyterLab as well as in the CLI: no Node, DOM or JupyterLab imports, and it may lean on the audit
// and the pure format parsers the audit uses (Lezer for Python, yaml for environment.yml) only.
test('src/fix imports only itself, the audit engine and the Lezer and yaml parsers', () => {
  const dir = __dirname;
  const sources = fs.readdirSync(dir).filter(f => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  expect(sources.length).toBeGreaterThan(10);
  for (const file of sources) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const imports = [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map(m => m[1]);
    for (const module of imports) {
      const allowed = module.startsWith('./') || module.startsWith('../audit/') || module.startsWith('@lezer/') || module === 'yaml';
      expect([file, module, allowed]).toEqual([file, module, true]);
    }
    expect([file, /\b(process|Buffer|window|document)\./.test(text)]).toEqual([file, false]);
  }
});
