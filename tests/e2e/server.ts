/**
 * Static file server for e2e fixtures.
 *
 *   const srv = await serveDirectory('tests/fixtures/agency-leak');
 *   await h.openPage(`${srv.origin}/index.html`);
 *   await srv.close();
 *
 * Binds 127.0.0.1 on a random port. GET/HEAD only. `/dir/` serves `dir/index.html`. Paths are
 * percent-decoded, then must stay inside the root after resolving `..` and symlinks (else 404).
 * Responses carry a correct Content-Type (UTF-8 for text) and `Cache-Control: no-store`.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServer {
  /** e.g. 'http://127.0.0.1:41234' (no trailing slash) */
  readonly origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function fail(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}

export async function serveDirectory(dir: string): Promise<StaticServer> {
  const root = await realpath(resolve(dir));
  if (!(await stat(root)).isDirectory()) throw new Error(`serveDirectory: not a directory: ${root}`);
  const inside = (p: string): boolean => p === root || p.startsWith(root + sep);

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        fail(res, 405, 'Method Not Allowed');
        return;
      }
      let rawPath: string;
      let pathname: string;
      try {
        rawPath = new URL(req.url ?? '/', 'http://localhost').pathname;
        pathname = decodeURIComponent(rawPath);
      } catch {
        fail(res, 400, 'Bad Request');
        return;
      }
      if (pathname.includes('\0')) {
        fail(res, 400, 'Bad Request');
        return;
      }
      let file = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
      if (!inside(file)) {
        fail(res, 404, 'Not Found');
        return;
      }
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          if (!pathname.endsWith('/')) {
            res.writeHead(301, { Location: `${rawPath}/`, 'Cache-Control': 'no-store' });
            return void res.end();
          }
          file = join(file, 'index.html');
          info = await stat(file);
        }
        const real = await realpath(file);
        if (!inside(real) || !info.isFile()) {
          fail(res, 404, 'Not Found');
          return;
        }
        res.writeHead(200, {
          'Content-Type': contentTypeFor(real),
          'Content-Length': String(info.size),
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        if (req.method === 'HEAD') return void res.end();
        const stream = createReadStream(real);
        stream.on('error', () => res.destroy());
        stream.pipe(res);
      } catch {
        fail(res, 404, 'Not Found');
      }
    })();
  });

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => { res(); });
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      (closed ??= new Promise<void>((res) => {
        server.closeAllConnections();
        server.close(() => { res(); });
      })),
  };
}
