import { createReadStream, existsSync, readFileSync, statSync } from 'fs';
import type { Server } from 'http';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { extname, join, normalize } from 'path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { DocumentJson } from '../fakes/excel/serialize';

export const DIST = join(__dirname, '..', '..', 'dist', 'web');
export const FAKE_OFFICE = join(__dirname, '..', '..', 'test-output', 'fake-office', 'fake-office.js');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Serves the production build on loopback, as the add-in's web host would. */
export async function serveDist(): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('No production build: run `npm run build` first.');
  const server = createServer((req, res) => {
    const path = normalize(join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    if (!path.startsWith(DIST) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PaneOptions {
  workbook: DocumentJson;
  width?: number;
  syncDelayMs?: number;
  apiVersion?: string;
}

/**
 * Opens the production task pane with the fake host in place of office.js. Any other request
 * off this machine is refused, so the page proves it loads nothing but its own files.
 */
export async function openPane(
  browser: Browser,
  url: string,
  options: PaneOptions,
): Promise<{ page: Page; errors: string[]; offsite: string[] }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 320, height: 900 } });
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(
    ({ workbook, delay, version }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__FAKE_WORKBOOK__ = workbook;
      w.__FAKE_SYNC_DELAY_MS__ = delay;
      w.__FAKE_API_VERSION__ = version;
    },
    { workbook: options.workbook, delay: options.syncDelayMs ?? 250, version: options.apiVersion ?? '1.17' },
  );
  const fake = readFileSync(FAKE_OFFICE, 'utf8');
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === OFFICE_JS) return route.fulfill({ body: fake, contentType: 'application/javascript' });
    if (requested.startsWith(url)) return route.continue();
    offsite.push(requested);
    return route.abort();
  });
  await page.goto(`${url}/taskpane.html`);
  return { page, errors, offsite };
}
