/**
 * The start-up benchmark (bench/startup.sh): two JupyterLab servers from the same venv, one with the
 * package's extension (REPRO_AUDIT_STARTUP_PORT, default 8892) and one as if it were not installed (the
 * next port), only when REPRO_AUDIT_BENCH=1.
 */
const path = require('path');
const uiConfig = require('./playwright.config.js');

const port = Number(process.env.REPRO_AUDIT_STARTUP_PORT || 8892);
const venvBin = path.resolve(__dirname, '..', '.venv', 'bin');
const enabled = process.env.REPRO_AUDIT_BENCH === '1';
const server = (p, without) => ({
  command: `mkdir -p test-results && "${path.join(venvBin, 'jupyter')}" lab --config bench/jupyter_startup_config.py 2> test-results/startup-server-${p}.log`,
  cwd: __dirname,
  url: `http://localhost:${p}/lab`,
  timeout: 120 * 1000,
  reuseExistingServer: false,
  env: {
    ...process.env,
    PATH: `${venvBin}:${process.env.PATH}`,
    REPRO_AUDIT_STARTUP_PORT: String(p),
    REPRO_AUDIT_STARTUP_WITHOUT: without ? '1' : '0'
  }
});

module.exports = {
  ...uiConfig,
  testDir: './bench',
  testMatch: enabled ? /startup\.bench\.ts$/ : /^$/,
  outputDir: './test-results/startup',
  reporter: [['list']],
  timeout: 10 * 60 * 1000,
  use: { ...uiConfig.use, trace: 'off' },
  projects: [{ name: 'startup' }],
  webServer: [server(port, false), server(port + 1, true)]
};
