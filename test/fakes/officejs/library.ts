/**
 * Microsoft's Excel JavaScript library, from the @microsoft/office-js package, loaded into Node.
 * Nothing of it is copied or changed: the file runs as Excel on the web runs it, in a sandbox
 * with the few browser globals it touches at load. Requests it would send over the network go to
 * whichever test host registered the request's URL.
 */
import { readFileSync } from 'fs';
import { createContext, runInContext } from 'vm';
import type { RequestJson } from './protocol';

/** The HTTP-like exchange Office.js's HttpRequestExecutor makes for a request context created with a URL. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: RequestJson;
}
export interface Answer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
export type Responder = (request: SentRequest) => Promise<Answer>;

interface OfficeExtensionGlobal {
  HttpUtility: { setCustomSendRequestFunc(func: (request: SentRequest) => Promise<Answer>): void };
}

export interface OfficeJs {
  Excel: typeof Excel;
  OfficeExtension: OfficeExtensionGlobal;
  /** Where the library's file came from, for reports. */
  file: string;
}

const LIBRARY = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');

let loaded: OfficeJs | undefined;
const responders = new Map<string, Responder>();

/** The base URL a host answers at; each host gets its own. */
export function registerResponder(url: string, responder: Responder): void {
  responders.set(url, responder);
}

export function unregisterResponder(url: string): void {
  responders.delete(url);
}

/** Loads the library once per Jest worker (it is 3 MB of JavaScript). */
export function officeJs(): OfficeJs {
  if (loaded) return loaded;
  const sandbox: Record<string, unknown> = {
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: 'Node.js test host' },
    location: { href: 'https://localhost/', protocol: 'https:', hostname: 'localhost', search: '', hash: '' },
    document: {
      readyState: 'complete',
      cookie: '',
      addEventListener() {},
      getElementsByTagName: () => [],
      querySelectorAll: () => [],
      createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }),
      body: { appendChild() {} },
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(LIBRARY, 'utf8'), sandbox, { filename: LIBRARY });
  const lib = sandbox as unknown as { Excel: typeof Excel; OfficeExtension: OfficeExtensionGlobal };
  lib.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const base = [...responders.keys()].find((url) => request.url.startsWith(url));
    if (!base) return { statusCode: 404, headers: {}, body: '' };
    return responders.get(base)!(request);
  });
  loaded = { Excel: lib.Excel, OfficeExtension: lib.OfficeExtension, file: LIBRARY };
  return loaded;
}
