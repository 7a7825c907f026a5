// A static file server for test fixtures on 127.0.0.1 (which the e2e build
// annotates automatically). Optional route overrides let a test change a
// page between visits.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/**
 * Starts the server.
 * @param {{ root?: string, host?: string }} [options] host: 127.0.0.1 (annotated by the
 *   e2e build) or 127.0.0.2 (scripted only on demand)
 * @returns {Promise<{ origin: string, url: (path: string) => string, route: (path: string, body: string | null) => void, close: () => Promise<void> }>}
 */
export async function startFixtureServer(options = {}) {
  const root = options.root ?? ROOT;
  const overrides = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (overrides.has(path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(overrides.get(path));
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise((resolve) => server.listen(0, host, resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://${host}:${port}`,
    url: (path) => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    route: (path, body) => (body === null ? overrides.delete(path) : overrides.set(path, body)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
