// Serves a built dist/ the way production would, on 127.0.0.1 only:
// - the .br or .gz copy beside a file when the browser accepts it (Content-Encoding, Vary);
// - hashed files (name-<16 hex>.ext) cached for a year as immutable; everything else revalidated;
// - the strict Content-Security-Policy (with frame-ancestors 'none'), Referrer-Policy and
//   X-Content-Type-Options the page is built for;
// - Unleash's /api/, /auth/ and /invite/ proxied to UNLEASH_URL (same origin: Unleash sends no CORS),
//   over TLS when it is https (Node's CAs, the system's and NODE_EXTRA_CA_CERTS), keeping its path
//   prefix (https://host/unleash);
// - any other address that is not a file answered with index.html (the app's own routes);
// - only requests whose Host is this server's own address (a DNS-rebinding page gets 421); a
//   malformed request 400; no request can stop the server or reach a file outside DIST;
// - with VANILLA_PAGE set (scripts/benchmark.sh), that one-file page at /__vanilla, gzip -9, under a
//   policy that allows its inline script and style.
// Usage: node scripts/serve-dist.mjs DIST PORT UNLEASH_URL
import { request as httpRequest, createServer } from "node:http";
import { request as httpsRequest } from "node:https";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { rootCertificates } from "node:tls";
import { extname, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const [distArgument, port, unleashUrl] = process.argv.slice(2);
if (!distArgument || !port || !unleashUrl) {
  console.error("usage: node scripts/serve-dist.mjs DIST PORT UNLEASH_URL");
  process.exit(2);
}
const dist = realpathSync(distArgument);
const unleash = new URL(unleashUrl);
if (!["http:", "https:"].includes(unleash.protocol) || unleash.username || unleash.password) {
  console.error(`serve-dist: UNLEASH_URL must be an http: or https: address without user info: ${unleash.origin}`);
  process.exit(2);
}
const unleashPrefix = unleash.pathname.replace(/\/+$/, "");
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types unleash-invite-links";
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
const OWN_HOSTS = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
const HOP_BY_HOP = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"];

/** The CAs an https Unleash may present: Node's own, the system's, and NODE_EXTRA_CA_CERTS. */
function trustedCertificates() {
  const extra = ["/etc/ssl/certs/ca-certificates.crt", process.env.NODE_EXTRA_CA_CERTS]
    .filter((path) => path && existsSync(path))
    .map((path) => readFileSync(path, "utf8"));
  return [...rootCertificates, ...extra];
}

const upstreamTls = unleash.protocol === "https:" ? { ca: trustedCertificates() } : null;

/** Forwards `req` to Unleash, over TLS to an https one, below its path prefix. */
function proxy(req, res) {
  const headers = { ...req.headers, host: unleash.host };
  for (const name of HOP_BY_HOP) delete headers[name];
  const options = {
    host: unleash.hostname.replace(/^\[|\]$/g, ""),
    port: unleash.port || (upstreamTls ? 443 : 80),
    method: req.method,
    path: unleashPrefix + req.url, // the target pathnameOf checked, as it came
    headers,
  };
  const upstream = upstreamTls
    ? httpsRequest({ ...options, ...upstreamTls, servername: isIpAddress(unleash.hostname) ? undefined : unleash.hostname })
    : httpRequest(options);
  upstream.on("response", (answer) => {
    const answerHeaders = { ...answer.headers };
    for (const name of HOP_BY_HOP) delete answerHeaders[name];
    res.writeHead(answer.statusCode, answerHeaders);
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { "content-type": "text/plain" });
    res.end("Unleash is not reachable");
  });
  res.on("close", () => upstream.destroy());
  req.pipe(upstream);
}

function isIpAddress(hostname) {
  return /^[\d.]+$/.test(hostname) || hostname.startsWith("[");
}

/** The file `pathname` names inside DIST, or null: never a file outside it. */
function fileFor(pathname) {
  const path = resolve(dist, `.${pathname}`);
  if (path !== dist && !path.startsWith(dist + sep)) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

function serveFile(req, res, path) {
  const accepted = req.headers["accept-encoding"] ?? "";
  const headers = {
    "content-type": TYPES[extname(path)] ?? "application/octet-stream",
    "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
    "content-security-policy": POLICY,
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
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
    "content-security-policy": "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
  });
  res.end(vanilla);
}

function refuse(res, status, why) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(`${why}\n`);
}

/** The decoded path of a request target of the form /…, read from the target as it came (no URL
 * parser resolves anything first, so what is checked is what is forwarded), or null for anything
 * else: a bad escape, a control character, a backslash or `%5C`, a fragment, an encoded `/`, or a
 * `.` or `..` segment, plain, `%2e` or mixed. */
function pathnameOf(target) {
  if (!target.startsWith("/") || target.startsWith("//")) return null;
  const path = target.split("?", 1)[0];
  if (/[\x00-\x1f\x7f\\#]|%5c|%2f/i.test(path)) return null;
  try {
    const segments = path.split("/").map(decodeURIComponent);
    if (segments.some((segment) => segment === "." || segment === ".." || /[\x00-\x1f\x7f]/.test(segment))) return null;
    return segments.join("/");
  } catch {
    return null;
  }
}

function handle(req, res) {
  if (!OWN_HOSTS.has(req.headers.host ?? "")) return refuse(res, 421, "This server answers only at its own address.");
  const pathname = pathnameOf(req.url ?? "");
  if (pathname === null) return refuse(res, 400, "Malformed address.");
  if (PROXIED.some((prefix) => pathname.startsWith(prefix))) return proxy(req, res);
  if (vanilla && pathname === "/__vanilla") return serveVanilla(res);
  const file = fileFor(pathname) ?? fileFor("/index.html");
  if (!file) return refuse(res, 404, "Not found.");
  serveFile(req, res, file);
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    console.error(`serve-dist: ${req.method} failed: ${error?.message ?? error}`);
    refuse(res, 500, "Internal error.");
  }
});
server.on("clientError", (_error, socket) => {
  if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  else socket.destroy();
});
server.listen(Number(port), "127.0.0.1", () => {
  console.error(`serve-dist: ${dist} on http://127.0.0.1:${port}/ (Unleash: ${unleash.origin}${unleashPrefix})`);
});
