/**
 * Debug output of a test file (the Jupyter Server that @jupyterlab/testing starts logs every request
 * through console.debug: thousands of lines) goes to a file under .test-logs/, not to the terminal,
 * so that the test command's output stays readable. serverLogReporter.js prints it when a test fails.
 */
const fs = require('fs');
const path = require('path');
const { logPathOf } = require('./testLogs');

const file = logPathOf(expect.getState().testPath);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, '');
const textOf = value => {
  if (typeof value === 'string') {
    return value;
  }
  if (value && typeof value.stack === 'string') {
    return value.stack;
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};
const toLog = (...args) => fs.appendFileSync(file, args.map(textOf).join(' ') + '\n');
console.debug = toLog;
