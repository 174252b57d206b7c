import crypto from 'node:crypto';
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

/**
 * Content-Security-Policy for an HTML page: scripts only from this origin plus the page's own inline
 * scripts by hash (Taro's H5 template sets the rem base inline), images from here or data: URLs (the
 * ticket QR), calls only to this origin, and no framing.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    // React and NutUI set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const cspCache = new Map<string, { mtimeMs: number; csp: string }>();
function cspFor(file: string): string {
  const { mtimeMs } = fs.statSync(file);
  const hit = cspCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.csp;
  const csp = contentSecurityPolicy(fs.readFileSync(file, 'utf8'));
  cspCache.set(file, { mtimeMs, csp });
  return csp;
}

/** Serves the H5 build (hash router, so every page is index.html). Never leaves `root`. */
export function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
) {
  const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]);
  let file = path.resolve(root, '.' + (urlPath === '/' ? '/index.html' : urlPath));
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(403, headers).end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res
      .writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8' })
      .end('H5 尚未构建：npm run build:h5');
    return;
  }
  const ext = path.extname(file);
  const immutable = /\.[0-9a-f]{8,}\./.test(path.basename(file));
  res.writeHead(200, {
    ...headers,
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(ext === '.html' ? { 'content-security-policy': cspFor(file) } : {}),
  });
  fs.createReadStream(file).pipe(res);
}
