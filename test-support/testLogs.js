/** Where a test file's debug log goes: .test-logs/jest/<path from the repo root, '/' as '__'>.log (ignored by git). */
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function logPathOf(testPath) {
  const relative = path.relative(ROOT, testPath).split(path.sep).join('__');
  return path.join(ROOT, '.test-logs', 'jest', `${relative}.log`);
}

module.exports = { logPathOf };
