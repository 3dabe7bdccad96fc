/**
 * The browser benchmark (bench/browser.sh), apart from the UI tests: its own test folder (bench/),
 * its own Jupyter Server on REPRO_AUDIT_BENCH_PORT (default 8890; the UI tests and CI use 8888), and
 * only when REPRO_AUDIT_BENCH=1, so that `playwright test` with the normal config never picks it up.
 */
const path = require('path');
const uiConfig = require('./playwright.config.js');

const port = Number(process.env.REPRO_AUDIT_BENCH_PORT || 8890);
const venvBin = path.resolve(__dirname, '..', '.venv', 'bin');
const enabled = process.env.REPRO_AUDIT_BENCH === '1';

module.exports = {
  ...uiConfig,
  testDir: './bench',
  testMatch: enabled ? /\.bench\.ts$/ : /^$/,
  outputDir: './test-results/bench',
  reporter: [['list']],
  // Three audits of 10,000 files, each allowed a minute on a busy machine.
  timeout: 10 * 60 * 1000,
  use: { ...uiConfig.use, baseURL: `http://localhost:${port}`, trace: 'off' },
  projects: [{ name: 'bench' }],
  webServer: {
    command: `mkdir -p test-results && "${path.join(venvBin, 'jupyter')}" lab --config bench/jupyter_bench_config.py 2> test-results/bench-server.log`,
    cwd: __dirname,
    url: `http://localhost:${port}/lab`,
    timeout: 120 * 1000,
    reuseExistingServer: false,
    env: { ...process.env, PATH: `${venvBin}:${process.env.PATH}`, REPRO_AUDIT_BENCH_PORT: String(port) }
  }
};
