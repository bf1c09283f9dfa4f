// Serves a built dist/ the way production would, on 127.0.0.1 only:
// - the .br or .gz copy beside a file when the browser accepts it (Content-Encoding, Vary);
// - hashed files (name-<16 hex>.ext) cached for a year as immutable; everything else revalidated;
// - the strict Content-Security-Policy and Referrer-Policy the page is built for;
// - Unleash's /api/, /auth/ and /invite/ proxied to UNLEASH_URL (same origin: Unleash sends no CORS);
// - any other address that is not a file answered with index.html (the app's own routes);
// - with VANILLA_PAGE set (scripts/benchmark.sh), that one-file page at /__vanilla, gzip -9, under a
//   policy that allows its inline script and style.
// Usage: node scripts/serve-dist.mjs DIST PORT UNLEASH_URL
import { createServer, request } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const [dist, port, unleashUrl] = process.argv.slice(2);
if (!dist || !port || !unleashUrl) {
  console.error("usage: node scripts/serve-dist.mjs DIST PORT UNLEASH_URL");
  process.exit(2);
}
const unleash = new URL(unleashUrl);
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types unleash-invite-links";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
const PROXIED = ["/api/", "/auth/", "/invite/"];

function proxy(req, res) {
  const upstream = request(
    {
      host: unleash.hostname,
      port: unleash.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: unleash.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => {
    res.writeHead(502, { "content-type": "text/plain" });
    res.end("Unleash is not reachable");
  });
  req.pipe(upstream);
}

function fileFor(pathname) {
  const path = normalize(join(dist, decodeURIComponent(pathname)));
  if (!path.startsWith(normalize(dist))) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

function serveFile(req, res, path) {
  const accepted = req.headers["accept-encoding"] ?? "";
  const headers = {
    "content-type": TYPES[extname(path)] ?? "application/octet-stream",
    "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
    "content-security-policy": POLICY,
    "referrer-policy": "no-referrer",
    vary: "Accept-Encoding",
  };
  let body = path;
  if (/\bbr\b/.test(accepted) && existsSync(`${path}.br`)) {
    body = `${path}.br`;
    headers["content-encoding"] = "br";
  } else if (/\bgzip\b/.test(accepted) && existsSync(`${path}.gz`)) {
    body = `${path}.gz`;
    headers["content-encoding"] = "gzip";
  }
  const content = readFileSync(body);
  const tag = `"${statSync(body).mtimeMs.toString(36)}-${content.length.toString(36)}"`;
  headers.etag = tag;
  if (req.headers["if-none-match"] === tag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers["content-length"] = content.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : content);
}

const vanilla = process.env.VANILLA_PAGE && gzipSync(readFileSync(process.env.VANILLA_PAGE), { level: 9 });

function serveVanilla(res) {
  res.writeHead(200, {
    "content-type": TYPES[".html"],
    "content-encoding": "gzip",
    "content-length": vanilla.length,
    "cache-control": "no-cache",
    "content-security-policy": "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
    "referrer-policy": "no-referrer",
  });
  res.end(vanilla);
}

createServer((req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  if (PROXIED.some((prefix) => pathname.startsWith(prefix))) return proxy(req, res);
  if (vanilla && pathname === "/__vanilla") return serveVanilla(res);
  const file = fileFor(pathname) ?? fileFor("/index.html");
  if (!file) {
    res.writeHead(404);
    res.end();
    return;
  }
  serveFile(req, res, file);
}).listen(Number(port), "127.0.0.1", () => {
  console.error(`serve-dist: ${dist} on http://127.0.0.1:${port}/ (Unleash: ${unleash.origin})`);
});
