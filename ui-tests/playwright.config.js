/**
 * Galata UI tests: Debian's Chromium (never a downloaded browser) against a real `jupyter lab` from
 * the project's .venv, serving the built extension.
 */
const fs = require('fs');
const path = require('path');
const baseConfig = require('@jupyterlab/galata/lib/playwright-config');

const venvBin = path.resolve(__dirname, '..', '.venv', 'bin');
// Notebook 7 is tested only where the venv has it (`pip install notebook` beside jupyterlab), or
// where NOTEBOOK7_JUPYTER names a `jupyter` that has it (with JUPYTER_PATH reaching the extension).
const notebook7Jupyter =
  process.env.NOTEBOOK7_JUPYTER ||
  (fs.existsSync(path.join(venvBin, 'jupyter-notebook')) ? path.join(venvBin, 'jupyter') : '');
const hasNotebook7 = !!notebook7Jupyter;
// Ports from the environment, so that two checkouts can run their UI tests at once.
const labPort = process.env.REPRO_AUDIT_LAB_PORT || '8888';
const notebookPort = process.env.REPRO_AUDIT_NB7_PORT || '8899';
const serverEnv = { ...process.env, PATH: `${venvBin}:${process.env.PATH}` };

module.exports = {
  ...baseConfig,
  testDir: './tests',
  outputDir: './test-results',
  // One server, one browser: tests run one at a time so that none sees another's files.
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    ...baseConfig.use,
    baseURL: `http://localhost:${labPort}`,
    browserName: 'chromium',
    // Video needs Playwright's own ffmpeg, which is never downloaded here.
    video: 'off',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  },
  projects: [
    { name: 'jupyterlab', testIgnore: /notebook7\.spec/ },
    ...(hasNotebook7
      ? [{ name: 'notebook7', testMatch: /notebook7\.spec/, use: { baseURL: `http://localhost:${notebookPort}` } }]
      : [])
  ],
  webServer: [
    {
      command: `"${path.join(venvBin, 'jupyter')}" lab --config jupyter_server_test_config.py 2> jupyter-server.log`,
      cwd: __dirname,
      url: `http://localhost:${labPort}/lab`,
      timeout: 120 * 1000,
      reuseExistingServer: !process.env.CI,
      env: serverEnv
    },
    ...(hasNotebook7
      ? [
          {
            command: `"${notebook7Jupyter}" notebook --config jupyter_notebook_test_config.py 2> jupyter-notebook.log`,
            cwd: __dirname,
            url: `http://localhost:${notebookPort}/tree`,
            timeout: 120 * 1000,
            reuseExistingServer: !process.env.CI,
            env: serverEnv
          }
        ]
      : [])
  ]
};
