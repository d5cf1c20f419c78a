// loadGazetteer (summit-map/gazetteer), which the editor uses in the browser, served over HTTP the
// three ways a server may send the file. Node 20 has the same fetch and DecompressionStream.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load';

const TEXT = '#summit-gazetteer@1\nHanoi\tcapital\tVietnam\tHa Noi\t21.0245\t105.8412\t1431270\tHa Noi|Hà Nội\n';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/gazetteer.tsv.gz') response.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(TEXT));
    else if (request.url === '/unpacked.tsv.gz') response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(TEXT));
    else if (request.url === '/plain.tsv') response.writeHead(200).end(TEXT);
    // Vite's dev and preview servers answer a missing file with the site's page and 200.
    else if (request.url === '/page.tsv.gz')
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>x</title>');
    else if (request.url === '/untyped-page.tsv.gz') response.writeHead(200).end('\n  <!doctype html><title>x</title>');
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('loadGazetteer', () => {
  it.each([
    ['gzip’d, as the package ships it', '/gazetteer.tsv.gz'],
    ['unpacked by the HTTP client (Content-Encoding: gzip)', '/unpacked.tsv.gz'],
    ['as plain text', '/plain.tsv'],
  ])('reads the file %s', async (_, path) => {
    const gazetteer = await loadGazetteer(`${base}${path}`);
    expect(gazetteer.places).toEqual([
      { name: 'Hanoi', kind: 'capital', country: 'Vietnam', admin: 'Ha Noi', lat: 21.0245, lon: 105.8412, population: 1431270 },
    ]);
    expect(gazetteer.byName.get('ha noi')).toEqual([0]);
  });

  it('says in words when the file is not there', async () => {
    await expect(loadGazetteer(`${base}/missing.tsv.gz`)).rejects.toThrow(/could not be loaded from .*missing\.tsv\.gz \(HTTP 404\)/);
  });

  it.each(['/page.tsv.gz', '/untyped-page.tsv.gz'])(
    'says that a server sent a web page instead of the file (%s), with its address',
    async (path) => {
      await expect(loadGazetteer(`${base}${path}`)).rejects.toThrow(
        new RegExp(`could not be loaded from ${base}${path}: the server sent a web page, not the gazetteer file`),
      );
    },
  );
});
