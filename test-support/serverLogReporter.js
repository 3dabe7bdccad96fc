/**
 * A jest reporter: when a test file fails, print the debug log it wrote (its Jupyter Server's
 * requests and errors, see debugLogToFile.js), which is what explains the failure; otherwise print
 * nothing, so the summary is not buried.
 */
const fs = require('fs');
const path = require('path');
const { logPathOf } = require('./testLogs');

class ServerLogReporter {
  onTestResult(test, result) {
    const failed = result.numFailingTests > 0 || !!result.testExecError;
    const file = logPathOf(test.path);
    if (!failed || !fs.existsSync(file) || fs.statSync(file).size === 0) {
      return;
    }
    const name = path.relative(process.cwd(), test.path);
    process.stderr.write(`\n==> debug log of ${name} (failed), from ${path.relative(process.cwd(), file)}:\n`);
    process.stderr.write(fs.readFileSync(file, 'utf-8'));
    process.stderr.write(`==> end of the debug log of ${name}\n`);
  }
}

module.exports = ServerLogReporter;
