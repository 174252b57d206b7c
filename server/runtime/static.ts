import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Serves the H5 build (hash router, so every page is index.html). Never leaves `root`. */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) {
  const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
  let file = path.resolve(root, '.' + (urlPath === '/' ? '/index.html' : urlPath));
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(403, headers).end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('H5 尚未构建：npm run build:h5');
    return;
  }
  const ext = path.extname(file);
  const immutable = /\.[0-9a-f]{8,}\./.test(path.basename(file));
  res.writeHead(200, {
    ...headers,
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  fs.createReadStream(file).pipe(res);
}
