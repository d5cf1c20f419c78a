// A static file server for the bench: node:http on 127.0.0.1 at a random free port. Looks each
// path up in the given folders in order (the bench's own pages first, then dist/), so a bare
// embed page can sit beside dist/summit-map.js and load it by a relative URL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function findFile(folders, pathname) {
  for (const folder of folders) {
    const base = resolve(folder);
    let file = resolve(base, '.' + sep + pathname);
    if (file !== base && !file.startsWith(base + sep)) continue;
    try {
      if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
      await stat(file);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Starts the server; resolves to { origin, close() }. */
export async function serveFolders(folders) {
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = pathname.includes('\0') ? undefined : await findFile(folders, pathname);
      if (!file) return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      const body = await readFile(file);
      response
        .writeHead(200, {
          'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        })
        .end(body);
    } catch {
      if (!response.headersSent) response.writeHead(500).end();
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
