/* eslint-disable */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where the add-in is served in development, and the URL the production build puts in its place. */
const DEV_URL = 'https://localhost:3000/';
const PROD_URL = process.env.ADDIN_PRODUCTION_URL || 'https://www.contoso.com/scorecard/';
/** AppDomain lists origins, not URLs: swap those too. */
const DEV_ORIGIN = new URL(DEV_URL).origin;
const PROD_ORIGIN = new URL(PROD_URL).origin;

function productionManifest(content) {
  return content.toString().split(DEV_URL).join(PROD_URL).split(DEV_ORIGIN).join(PROD_ORIGIN);
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    // The ribbon command and the pane share one page (the shared runtime): one bundle, two entry modules.
    entry: { taskpane: ['./src/commands/index.ts', './src/taskpane/index.tsx'] },
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; here ES modules let webpack drop unused Fluent code.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: dev } },
          },
        },
      ],
    },
    performance: { maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : productionManifest(content)),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: dev && !process.env.CI ? await httpsOptions() : {} },
      static: { directory: path.resolve(__dirname, 'dist', 'web') },
    },
  };
};
