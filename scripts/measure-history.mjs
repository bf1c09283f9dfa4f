// Measures how a link's history is read among many links made the same day, against a real Unleash.
//
// Usage: set -a; source <(bash scripts/services.sh credentials); set +a
//        UNLEASH_URL=http://127.0.0.1:4242 node scripts/measure-history.mjs   (LINKS=10000)
//
// Makes LINKS links named "measure NNNNN" (those already there are kept), then one more that is
// disabled and enabled again, and reads that link's events three ways: as the page does (the
// secret's first six characters as the search, compared in full here), with the whole secret in
// the address (how the page read it before), and by type and day alone (what a search without any
// part of the secret would page through). Prints one line per way: requests, events read, the
// link's events found, and the median of five reads in milliseconds.

const base = (process.env.UNLEASH_URL ?? "http://127.0.0.1:4242").replace(/\/$/, "");
const token = process.env.UNLEASH_ADMIN_TOKEN;
if (!token) throw new Error("UNLEASH_ADMIN_TOKEN is not set: see the usage at the top of this file");
const wanted = Number.parseInt(process.env.LINKS ?? "10000", 10);
const types =
  "IS_ANY_OF:public-signup-token-created,public-signup-token-updated,public-signup-token-user-added";
const fragmentLength = 6;
const perPage = 100;

async function call(method, path, body) {
  const answer = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: token, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  if (!answer.ok) {
    throw new Error(`${method} ${path.split("?")[0]}: HTTP ${answer.status} ${text.slice(0, 200)}`);
  }
  return text ? JSON.parse(text) : null;
}

const inAMonth = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) + "T00:00:00.000Z";

async function makeLinks() {
  const { tokens } = await call("GET", "/api/admin/invite-link/tokens");
  const have = new Set(tokens.map((link) => link.name));
  const missing = [];
  for (let n = 0; n < wanted; n += 1) {
    const name = `measure ${String(n).padStart(5, "0")}`;
    if (!have.has(name)) missing.push(name);
  }
  const started = Date.now();
  for (let at = 0; at < missing.length; at += 16) {
    await Promise.all(
      missing
        .slice(at, at + 16)
        .map((name) => call("POST", "/api/admin/invite-link/tokens", { name, expiresAt: inAMonth })),
    );
  }
  console.log(`links: ${tokens.length} there, ${missing.length} made in ${Date.now() - started} ms`);
}

async function readHistory(query, secret) {
  const started = performance.now();
  let requests = 0;
  let read = 0;
  let found = 0;
  for (let offset = 0; ; ) {
    const page = await call("GET", `/api/admin/search/events?type=${types}&${query}&limit=${perPage}&offset=${offset}`);
    requests += 1;
    read += page.events.length;
    found += page.events.filter((event) => event.data?.secret === secret).length;
    offset += page.events.length;
    if (page.events.length === 0 || offset >= page.total) break;
  }
  return { requests, read, found, ms: Math.round(performance.now() - started) };
}

await makeLinks();
const target = await call("POST", "/api/admin/invite-link/tokens", {
  name: `measure target ${Date.now()}`,
  expiresAt: inAMonth,
});
await call("PUT", `/api/admin/invite-link/tokens/${target.secret}`, { enabled: false });
await call("PUT", `/api/admin/invite-link/tokens/${target.secret}`, { enabled: true });
const today = new Date().toISOString().slice(0, 10);
for (const [way, query] of [
  ["as the page reads it: six characters", `query=${target.secret.slice(0, fragmentLength)}`],
  ["the whole secret (before)", `query=${target.secret}`],
  ["type and day alone", `from=IS:${today}`],
]) {
  const runs = [];
  for (let run = 0; run < 5; run += 1) runs.push(await readHistory(query, target.secret));
  const { requests, read, found } = runs[0];
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  console.log(
    `${way}: ${requests} requests, ${read} events read, ${found} of the link's, median ${times[2]} ms (${times.join(", ")})`,
  );
}
