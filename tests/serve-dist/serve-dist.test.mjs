// scripts/serve-dist.mjs as an attacker and an https Unleash meet it: malformed requests get a 4xx
// answer with no file in it, and never stop the server or reach a file outside dist/; and the proxy
// speaks TLS to an https Unleash, below its path prefix, with nothing in plain text.
// Run: node --test tests/serve-dist/
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { connect, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const SCRIPT = process.env.SERVE_DIST_SCRIPT ?? new URL("../../scripts/serve-dist.mjs", import.meta.url).pathname;
const PATIENCE_MS = 20_000;
const cleanups = [];
after(() => cleanups.reverse().forEach((cleanup) => cleanup()));

/** A dist/ folder with index.html, and a secret beside it in dist-secret/. */
function distFolder() {
  const root = mkdtempSync(join(tmpdir(), "serve-dist-test-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "dist"));
  mkdirSync(join(root, "dist-secret"));
  writeFileSync(join(root, "dist", "index.html"), "<!doctype html><title>the app</title>");
  writeFileSync(join(root, "dist-secret", "key.txt"), "SECRET-KEY-BYTES");
  return join(root, "dist");
}

/** A free port on 127.0.0.1. */
async function freePort() {
  const server = createNetServer().listen(0, "127.0.0.1");
  await new Promise((done) => server.once("listening", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** serve-dist started on a free port, once it says it listens; stopped by PID when the tests end. */
async function startServeDist(unleashUrl, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [SCRIPT, distFolder(), String(port), unleashUrl], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  cleanups.push(() => child.kill());
  let said = "";
  await new Promise((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`serve-dist did not start: ${said}`)), PATIENCE_MS);
    child.stderr.on("data", (chunk) => {
      said += chunk;
      if (said.includes("serve-dist:")) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once("exit", (code) => failed(new Error(`serve-dist exited (${code}): ${said}`)));
  });
  return { port, child };
}

const SECRET = "SECRET-KEY-BYTES";
const INDEX_BODY = "the app";

/** Sends `raw` bytes on a fresh connection; once it closes, resolves with the answer's status
 * (null when no status line came back) and its body (all after the header, as sent). */
function rawRequest(port, raw) {
  return new Promise((done, failed) => {
    const socket = connect(port, "127.0.0.1");
    const chunks = [];
    const timer = setTimeout(() => {
      socket.destroy();
      failed(new Error(`no answer to ${JSON.stringify(raw.toString().slice(0, 80))}`));
    }, PATIENCE_MS);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const answer = Buffer.concat(chunks).toString("latin1");
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(answer)?.[1];
      const headerEnd = answer.indexOf("\r\n\r\n");
      done({ status: status === undefined ? null : Number(status), body: headerEnd < 0 ? "" : answer.slice(headerEnd + 4) });
    });
    socket.end(raw);
  });
}

const get = (target, port, extra = "") =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`;

/** The whole request for a failure message, a long run of one letter shortened. */
const label = (raw) => JSON.stringify(raw.toString("latin1").replace(/(.)\1{99,}/g, (run, letter) => `${letter}×${run.length}`));

/** Malformed requests and the 4xx status each must get: [status, raw request]. */
function malformedRequests(port) {
  const long = "a".repeat(20_000);
  return [
    // Targets serve-dist itself refuses (not /…, //…, a bad escape, NUL, an encoded / or \ making `..`).
    ...["/%", "/%%", "/%E0%A4%A", "/%C0%AF", "/%FF%FE", "//", "///etc/passwd", "http://[/", "http://evil.example/", "*",
      "/..%2Fdist-secret%2Fkey.txt", "/..%5Cdist-secret%5Ckey.txt", "/%00", "/api/%"].map((target) => [400, get(target, port)]),
    // Requests Node's parser rejects (serve-dist's clientError answer), or Node refuses for want of a Host.
    [400, get("../", port)],
    [400, get(`/${long}`, port)],
    [400, get("/", port, `X-Long: ${long}\r\n`)],
    [400, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"],
    [400, "HELLO\r\n\r\n"],
    [400, "GET / HTTP/9.9\r\n\r\n"],
    [400, `BREW / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`],
    [400, Buffer.concat([Buffer.from("GET /"), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)])],
    [400, Buffer.from([0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, 0x00])],
    [400, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: -1\r\n\r\n`],
    // A Host that is not this server's own address (DNS rebinding).
    [421, "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"],
    [421, `GET / HTTP/1.1\r\nHost: evil.example:${port}\r\nConnection: close\r\n\r\n`],
  ];
}

/** Targets with a dot segment (plain, `%2e`, mixed), a backslash or `%5C`, at the start or below a
 * proxied prefix: each gets 400 and is never forwarded. */
const DOT_SEGMENT_TARGETS = [
  "/../dist-secret/key.txt", "/%2e%2e/dist-secret/key.txt", "/%2E./dist-secret/key.txt", "/.%2e/dist-secret/key.txt",
  "/..\\dist-secret\\key.txt", "/x/../api/admin/invite-link/tokens", "/api/../../admin", "/api/%2e%2e/%2e%2e/admin",
  "/api/./admin/invite-link/tokens", "/api/admin\\..\\..\\x", "/api/admin%5C..%5Cx", "/auth/simple/%2E%2E/login",
];

test("malformed requests get a 4xx answer with no file in it, and never stop the server", async () => {
  const { port, child } = await startServeDist("http://127.0.0.1:9");
  for (const [expected, raw] of malformedRequests(port)) {
    const { status, body } = await rawRequest(port, raw);
    assert.notEqual(status, null, `no answer (connection closed) to ${label(raw)}`);
    assert.equal(status, expected, `status for ${label(raw)}`);
    assert.ok(!body.includes(SECRET), `a file outside dist was served for ${label(raw)}`);
    assert.ok(!body.includes(INDEX_BODY), `index.html was served for ${label(raw)}`);
    assert.equal(child.exitCode, null, `serve-dist exited after ${label(raw)}`);
  }
  const page = await fetch(`http://127.0.0.1:${port}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), new RegExp(INDEX_BODY));
  assert.match(page.headers.get("content-security-policy"), /frame-ancestors 'none'/);
  assert.equal(page.headers.get("x-content-type-options"), "nosniff");
});

test("a `..` segment or a backslash never reaches a file outside dist", async () => {
  const { port, child } = await startServeDist("http://127.0.0.1:9");
  for (const target of DOT_SEGMENT_TARGETS) {
    const { status, body } = await rawRequest(port, get(target, port));
    assert.notEqual(status, null, `no answer (connection closed) to ${target}`);
    assert.ok(status < 500, `status ${status} for ${target}`);
    assert.ok(!body.includes(SECRET), `a file outside dist was served for ${target}`);
    assert.equal(child.exitCode, null, `serve-dist exited after ${target}`);
  }
});

test("a dot segment or a backslash gets 400, not index.html, and is never forwarded", async () => {
  const seen = [];
  const unleash = createHttpServer((req, res) => {
    seen.push(req.url);
    res.end("{}");
  }).listen(0, "127.0.0.1");
  await new Promise((done) => unleash.once("listening", done));
  cleanups.push(() => unleash.close());
  const { port } = await startServeDist(`http://127.0.0.1:${unleash.address().port}/prefix`);
  for (const target of DOT_SEGMENT_TARGETS) {
    const { status, body } = await rawRequest(port, get(target, port));
    assert.equal(status, 400, `status for ${target}`);
    assert.ok(!body.includes(INDEX_BODY), `index.html was served for ${target}`);
  }
  const fine = await fetch(`http://127.0.0.1:${port}/api/admin/invite-link/tokens?q=a/../b`);
  assert.equal(fine.status, 200);
  assert.deepEqual(seen, ["/prefix/api/admin/invite-link/tokens?q=a/../b"], "only the checked request was forwarded");
});

/** A self-signed certificate for localhost and 127.0.0.1, made for this run. */
function certificate() {
  const folder = mkdtempSync(join(tmpdir(), "serve-dist-tls-"));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const [key, cert] = [join(folder, "key.pem"), join(folder, "cert.pem")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", cert], { stdio: "ignore" });
  return { key: readFileSync(key), cert: readFileSync(cert), certPath: cert };
}

/** An https "Unleash"; a connection that does not start a TLS handshake (plain text) is noted. */
async function httpsUnleash(tls) {
  const seen = { requests: [], plainText: [] };
  const https = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    seen.requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization, cookie: req.headers.cookie });
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"tokens":[]}');
  });
  https.on("tlsClientError", (error) => {
    if (/wrong version number|http request|unknown protocol|packet length too long/i.test(error.message)) {
      seen.plainText.push(error.message);
    }
  });
  https.listen(0, "127.0.0.1");
  await new Promise((done) => https.once("listening", done));
  cleanups.push(() => https.close());
  return { port: https.address().port, seen };
}

test("an https Unleash is spoken to over TLS, below its path prefix, with nothing in plain text", async () => {
  const tls = certificate();
  const unleash = await httpsUnleash(tls);
  const { port } = await startServeDist(`https://localhost:${unleash.port}/unleash/`, { NODE_EXTRA_CA_CERTS: tls.certPath });
  const answer = await fetch(`http://127.0.0.1:${port}/api/admin/invite-link/tokens`, {
    headers: { authorization: "*:*.secret-token", cookie: "unleash-session=s1" },
  });
  assert.equal(answer.status, 200);
  assert.deepEqual(await answer.json(), { tokens: [] });
  assert.deepEqual(unleash.seen.requests, [
    { method: "GET", url: "/unleash/api/admin/invite-link/tokens", authorization: "*:*.secret-token", cookie: "unleash-session=s1" },
  ]);
  assert.deepEqual(unleash.seen.plainText, []);
});

test("an https Unleash whose certificate is not trusted gets no request: 502", async () => {
  const unleash = await httpsUnleash(certificate());
  const { port } = await startServeDist(`https://localhost:${unleash.port}`);
  const answer = await fetch(`http://127.0.0.1:${port}/api/admin/invite-link/tokens`, {
    headers: { authorization: "*:*.secret-token" },
  });
  assert.equal(answer.status, 502);
  assert.deepEqual(unleash.seen.requests, []);
  assert.deepEqual(unleash.seen.plainText, []);
});

test("a plain http Unleash keeps its path prefix too", async () => {
  const seen = [];
  const unleash = createHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
    res.end("{}");
  }).listen(0, "127.0.0.1");
  await new Promise((done) => unleash.once("listening", done));
  cleanups.push(() => unleash.close());
  const { port } = await startServeDist(`http://127.0.0.1:${unleash.address().port}/prefix`);
  const answer = await fetch(`http://127.0.0.1:${port}/auth/simple/login`, { method: "POST", headers: { authorization: "t" }, body: "{}" });
  assert.equal(answer.status, 200);
  assert.deepEqual(seen, ["POST /prefix/auth/simple/login t"]);
});
