/* eslint-disable */
const path = require('path');

/** The fake office.js for the browser test (test/e2e/taskpane.test.ts), never shipped. */
module.exports = {
  mode: 'development',
  devtool: false,
  entry: './test/e2e/fake-office/index.ts',
  output: { path: path.resolve(__dirname, 'test-output', 'fake-office'), filename: 'fake-office.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } } }],
  },
};
