// A tiny static file server for the end-to-end tests: node:http only, bound to 127.0.0.1 on a
// random port. Serves the build output (dist/) at "/" and the test fixtures at "/fixtures/",
// with real MIME types, no caching, and extra response headers per path (e.g. a CSP).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface Mount {
  /** URL prefix, starting and ending with "/". */
  prefix: string;
  /** Folder on disk that the prefix maps to. */
  dir: string;
}

export interface StaticServer {
  /** e.g. "http://127.0.0.1:43121" */
  readonly origin: string;
  readonly port: number;
  /** Every request path the server saw, in order (pathname + search). */
  readonly log: string[];
  /** Adds (or replaces) response headers for one exact pathname, e.g. "/fixtures/embed.html". */
  setHeaders(pathname: string, headers: Record<string, string>): void;
  /** Removes the extra headers of one pathname (or of all, without an argument). */
  clearHeaders(pathname?: string): void;
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  mounts?: Mount[];
  headers?: Record<string, Record<string, string>>;
}

const DEFAULT_MOUNTS: Mount[] = [
  { prefix: '/fixtures/', dir: FIXTURES },
  { prefix: '/', dir: DIST },
];

/** Resolves a URL pathname to a file inside one of the mounts, or undefined (never outside them). */
function resolvePath(mounts: Mount[], pathname: string): string | undefined {
  for (const { prefix, dir } of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length);
    const base = resolve(dir);
    const file = resolve(base, '.' + sep + rest);
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    return file;
  }
  return undefined;
}

export async function startServer(options: ServeOptions = {}): Promise<StaticServer> {
  // Longest prefix first, so "/fixtures/" wins over "/".
  const mounts = [...(options.mounts ?? DEFAULT_MOUNTS)].sort((a, b) => b.prefix.length - a.prefix.length);
  const extraHeaders = new Map<string, Record<string, string>>(Object.entries(options.headers ?? {}));
  const log: string[] = [];

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(url.pathname + url.search);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad request');
    }
    if (pathname.includes('\0')) return send(res, 400, 'Bad request');
    let file = resolvePath(mounts, pathname);
    if (!file) return send(res, 404, 'Not found');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...extraHeaders.get(url.pathname),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'Not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'Server error'));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    log,
    setHeaders: (pathname, headers) => void extraHeaders.set(pathname, { ...extraHeaders.get(pathname), ...headers }),
    clearHeaders: (pathname) => (pathname ? void extraHeaders.delete(pathname) : extraHeaders.clear()),
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
