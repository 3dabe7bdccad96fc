// Unit tests: ts-jest over src/**/*.spec.ts. The audit engine's tests run in Node;
// lab tests opt into jsdom with a docblock (@jest-environment jsdom).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // Debug logs (a test Jupyter Server's thousands of lines) go to .test-logs/jest/, printed only for a failing file.
  setupFilesAfterEnv: ['<rootDir>/test-support/debugLogToFile.js'],
  reporters: ['default', '<rootDir>/test-support/serverLogReporter.js'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }]
  },
  // Under jsdom `yaml` resolves to its ESM browser build, which jest cannot load untransformed.
  moduleNameMapper: {
    '^yaml$': '<rootDir>/node_modules/yaml/dist/index.js',
    '\\.(css|svg)$': '<rootDir>/test-support/fileStub.js'
  }
};
