// The side-by-side benchmark: our page and Unleash's own /admin/invite-link page, in one headless
// Chromium, alternating, cold cache (a fresh browser context) and warm (the same context again);
// then our page with 1,000 and 10,000 links (canned list answers: list shown, a search, a filter, details). Prints medians, writes JSON.
// Run through scripts/benchmark.sh, which starts everything; settings come from the environment.
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { cpus, totalmem } from "node:os";

const require = createRequire(`${process.env.BENCH_MODULES}/`);
const puppeteer = require("puppeteer-core");

const OURS = process.env.OURS_URL;
const UNLEASH = process.env.UNLEASH_URL;
const RUNS = Number(process.env.RUNS ?? 7);
const OUT = process.env.OUT;
const CREATE = "Create invite link";
// The floor: a static page with the same button and no script, served by the same server.
const FLOOR_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>floor</title><button>${CREATE}</button></html>`;
const floorRoute = (request) =>
  new URL(request.url()).pathname === "/__floor" ? { status: 200, contentType: "text/html", body: FLOOR_PAGE } : null;

// Records, in the page, when the create control is first usable (present, visible and enabled),
// and when our list first shows a row.
const WATCH_READY = `(() => {
  window.__bench = { usable: null, listShown: null };
  const check = () => {
    if (window.__bench.listShown === null && document.querySelector(".uil-row")) {
      window.__bench.listShown = performance.now();
    }
    if (window.__bench.usable !== null) return;
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent.trim() === ${JSON.stringify(CREATE)} && !b.disabled && b.offsetParent !== null);
    if (button) window.__bench.usable = performance.now();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function signIn() {
  const answer = await fetch(`${UNLEASH}/auth/simple/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password: process.env.UNLEASH_ADMIN_PASSWORD }),
  });
  if (!answer.ok) throw new Error(`sign-in answered ${answer.status}`);
  const cookie = answer.headers.getSetCookie().find((c) => c.startsWith("unleash-session="));
  const [name, value] = cookie.split(";")[0].split("=");
  return { name, value };
}

async function api(path, init = {}) {
  const answer = await fetch(`${UNLEASH}${path}`, {
    ...init,
    headers: { authorization: process.env.UNLEASH_ADMIN_TOKEN, "content-type": "application/json" },
  });
  if (!answer.ok) throw new Error(`${path} answered ${answer.status}`);
  return answer.status === 204 ? null : answer.json();
}

/** Unleash's page offers "Create invite link" only while no link named "default" is enabled. */
async function letUnleashCreateAgain() {
  const { tokens } = await api("/api/admin/invite-link/tokens");
  for (const token of tokens.filter((t) => t.name === "default" && t.enabled)) {
    await api(`/api/admin/invite-link/tokens/${token.secret}`, {
      method: "PUT",
      body: JSON.stringify({ enabled: false }),
    });
  }
}

function category(response) {
  if (response.mimeType === "application/wasm" || response.url.endsWith(".wasm")) return "wasm";
  if (response.type === "Script") return "js";
  if (response.type === "Stylesheet") return "css";
  return "other";
}

async function open(context, url, cookie, routes) {
  const page = await context.newPage();
  await page.setCookie({ ...cookie, domain: "127.0.0.1", path: "/" });
  await page.evaluateOnNewDocument(WATCH_READY);
  if (routes) {
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const answer = routes(request);
      if (answer) request.respond(answer);
      else request.continue();
    });
  }
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  const kinds = new Map();
  const bytes = { js: 0, wasm: 0, css: 0, other: 0 };
  cdp.on("Network.responseReceived", (event) =>
    kinds.set(event.requestId, category({ ...event.response, type: event.type })));
  cdp.on("Network.loadingFinished", (event) => {
    bytes[kinds.get(event.requestId) ?? "other"] += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.usable !== null, { timeout: 60_000 });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 }).catch(() => {});
  const timing = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const list = performance.getEntriesByType("resource").find((r) => r.name.endsWith("/api/admin/invite-link/tokens"));
    return {
      usable: window.__bench.usable,
      fcp: mark("first-contentful-paint"),
      startup: {
        startScriptMs: mark("uil:start"),
        glueLoadedMs: mark("uil:glue-loaded"),
        wasmRunningMs: mark("uil:wasm-running"),
        firstRenderDoneMs: mark("uil:started"),
        listRequestStartMs: list?.startTime ?? null,
        listAnswerEndMs: list?.responseEnd ?? null,
      },
    };
  });
  const { JSHeapUsedSize } = await page.metrics();
  return {
    page,
    load: {
      startup: timing.startup,
      fcpMs: timing.fcp,
      usableMs: timing.usable,
      kb: Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, v / 1024])),
      totalKb: Object.values(bytes).reduce((a, b) => a + b, 0) / 1024,
      heapMb: JSHeapUsedSize / 1024 / 1024,
    },
  };
}

/** Milliseconds from pressing the create button until `shown` holds, timed in the page. */
function timeUntil(page, buttonSelector, buttonText, shown) {
  return page.evaluate(
    (selector, text, shownSource) =>
      new Promise((resolve) => {
        const shown = new Function(`return (${shownSource})`)();
        const button = [...document.querySelectorAll(selector)].find((b) => b.textContent.trim() === text);
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (shown()) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    buttonSelector,
    buttonText,
    shown.toString(),
  );
}

async function createOnOurs(page, run) {
  await page.evaluate((text) => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === text).click(), CREATE);
  await page.waitForSelector("dialog[open] input");
  await page.type("dialog[open] input", `benchmark ${run} ${Date.now()}`);
  return timeUntil(page, "dialog[open] button", "Create", () =>
    document.body.textContent.includes("Invite link created."));
}

async function createOnUnleash(page) {
  return timeUntil(page, "button", CREATE, () => document.body.textContent.includes("invite="));
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const PAGES = ["ours", "vanilla", "floor", "unleash"];

async function sideBySide(browser, cookie) {
  const runs = Object.fromEntries(PAGES.map((name) => [name, { cold: [], warm: [] }]));
  const targets = {
    ours: { url: `${OURS}/`, create: createOnOurs },
    unleash: { url: `${UNLEASH}/admin/invite-link`, create: createOnUnleash },
    floor: { url: `${OURS}/__floor`, create: async () => null, routes: floorRoute },
    // The same create dialog written by hand, one file, no framework: scripts/benchmark/vanilla.html,
    // which scripts/serve-dist.mjs serves gzip -9 like our files.
    vanilla: { url: `${OURS}/__vanilla`, create: createOnOurs },
  };
  for (let run = 0; run < RUNS; run += 1) {
    const order = run % 2 ? [...PAGES].reverse() : PAGES;
    for (const name of order) {
      const { url, create, routes } = targets[name];
      if (name === "unleash") await letUnleashCreateAgain();
      const context = await browser.createBrowserContext();
      const cold = await open(context, url, cookie, routes);
      cold.load.createMs = await create(cold.page, run);
      await cold.page.close();
      if (name === "unleash") await letUnleashCreateAgain();
      const warm = await open(context, url, cookie, routes);
      warm.load.createMs = await create(warm.page, run);
      await context.close();
      runs[name].cold.push(cold.load);
      runs[name].warm.push(warm.load);
      process.stderr.write(`benchmark: run ${run + 1}/${RUNS} ${name} cold ${cold.load.usableMs.toFixed(0)} ms, warm ${warm.load.usableMs.toFixed(0)} ms\n`);
    }
  }
  return runs;
}

function cannedLinks(count) {
  const now = Date.now();
  const day = 86_400_000;
  const tokens = Array.from({ length: count }, (_, index) => {
    const secret = index.toString(16).padStart(32, "0");
    const expires = new Date(Math.floor(now / day) * day + ((index % 7 === 0 ? -3 : 5) * day));
    return {
      secret,
      url: `${UNLEASH}/new-user?invite=${secret}`,
      name: `link ${index}`,
      enabled: index % 10 !== 0,
      expiresAt: expires.toISOString(),
      createdAt: new Date(now - (index % 30) * day).toISOString(),
      createdBy: "admin",
      users: [],
      role: { id: 3, name: "Viewer", type: "root" },
    };
  });
  return JSON.stringify({ tokens });
}

async function atScale(browser, cookie, count) {
  const body = cannedLinks(count);
  const samples = [];
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run += 1) {
    const context = await browser.createBrowserContext();
    const { page, load } = await open(context, `${OURS}/`, cookie, (request) =>
      request.method() === "GET" && new URL(request.url()).pathname === "/api/admin/invite-link/tokens"
        ? { status: 200, contentType: "application/json", body }
        : null);
    await page.waitForFunction(() => window.__bench.listShown !== null, { timeout: 60_000 });
    const listMs = await page.evaluate(() => window.__bench.listShown);
    const { JSHeapUsedSize } = await page.metrics();
    const searchMs = await page.evaluate((wanted) => new Promise((resolve) => {
      const search = document.querySelector("input[type=search]");
      const started = performance.now();
      const observer = new MutationObserver(() => {
        const names = [...document.querySelectorAll(".uil-row th a")].map((a) => a.textContent);
        if (names.length === 1 && names[0] === wanted) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      search.value = wanted.toUpperCase();
      search.dispatchEvent(new Event("input"));
    }), `link ${count - 1}`);
    await page.evaluate(() => {
      const search = document.querySelector("input[type=search]");
      search.value = "";
      search.dispatchEvent(new Event("input"));
    });
    const filterMs = await page.evaluate(() => new Promise((resolve) => {
      const select = document.querySelector("select");
      const started = performance.now();
      const observer = new MutationObserver(() => {
        const states = [...document.querySelectorAll(".uil-row .uil-state")].map((s) => s.textContent.trim());
        if (states.length && states.every((s) => s === "Disabled")) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      select.value = "2";
      select.dispatchEvent(new Event("change"));
    }));
    const detailsMs = await page.evaluate(() => new Promise((resolve) => {
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (document.querySelector("h1")?.textContent.startsWith("Invite link “")) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      document.querySelector(".uil-row a").click();
    }));
    samples.push({ listShownMs: listMs, usableMs: load.usableMs, heapMb: JSHeapUsedSize / 1024 / 1024, searchMs, filterMs, detailsMs });
    await context.close();
  }
  return samples;
}

const summarize = (samples, keys) => Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => key.split(".").reduce((o, k) => o[k], s)))]));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
try {
  const cookie = await signIn();
  const runs = await sideBySide(browser, cookie);
  const scale = { 1000: await atScale(browser, cookie, 1000), 10000: await atScale(browser, cookie, 10000) };
  const keys = ["totalKb", "kb.js", "kb.wasm", "kb.css", "kb.other", "fcpMs", "usableMs", "createMs", "heapMb"];
  const medians = {};
  for (const name of PAGES) {
    medians[name] = { cold: summarize(runs[name].cold, keys), warm: summarize(runs[name].warm, keys) };
  }
  const scaleMedians = Object.fromEntries(Object.entries(scale).map(([n, s]) => [n, summarize(s, ["listShownMs", "usableMs", "heapMb", "searchMs", "filterMs", "detailsMs"])]));
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GB`,
    browser: await browser.version(),
    runs: RUNS,
    medians,
    scale: scaleMedians,
    samples: { runs, scale },
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2));

  const f = (v, digits = 0) => (v === null || v === undefined ? "–" : v.toFixed(digits));
  console.log(`\nSide by side: medians of ${RUNS} runs each, ${result.browser}, ${result.machine}`);
  const rows = [
    ["transferred, KB", "totalKb", 1], ["  JS, KB", "kb.js", 1], ["  wasm, KB", "kb.wasm", 1], ["  CSS, KB", "kb.css", 1],
    ["  other (HTML, API), KB", "kb.other", 1], ["first contentful paint, ms", "fcpMs", 0],
    ["create control usable, ms", "usableMs", 0], ["Create to link shown, ms", "createMs", 0], ["JS heap after load, MB", "heapMb", 1],
  ];
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : "–");
  for (const cache of ["cold", "warm"]) {
    const [o, v, fl, u] = PAGES.map((name) => medians[name][cache]);
    console.log(`\n${cache === "cold" ? "Cold cache (a fresh browser context)" : "Warm cache (the same context again)"}:`);
    console.log("| | ours | vanilla | floor | Unleash | ours ÷ vanilla | Unleash ÷ ours |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const [label, key, digits] of rows) {
      console.log(`| ${label} | ${f(o[key], digits)} | ${f(v[key], digits)} | ${f(fl[key], digits)} | ${f(u[key], digits)} | ${ratio(o[key], v[key])} | ${ratio(u[key], o[key])} |`);
    }
  }
  const floor = medians.floor;
  console.log(`\nThe floor is a static page with the same button and no script; the vanilla page (scripts/benchmark/vanilla.html) the same create dialog written by hand; both served by the same server to the same browser. Our first paint is ${f(medians.ours.cold.fcpMs - floor.cold.fcpMs)} ms after the floor's, cold.`);
  const startupKeys = ["startScriptMs", "glueLoadedMs", "wasmRunningMs", "firstRenderDoneMs", "listRequestStartMs", "listAnswerEndMs"];
  console.log("\nOur start-up, cold and warm (ms after navigation; medians):");
  console.log("| | start.js runs | JS glue loaded | wasm compiled, main runs | first render done | list request sent | list answer in |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const cache of ["cold", "warm"]) {
    const m = summarize(runs.ours[cache], startupKeys.map((k) => `startup.${k}`));
    console.log(`| ${cache} | ${startupKeys.map((k) => f(m[`startup.${k}`])).join(" | ")} |`);
  }
  console.log("\nOur page with many links (canned list answers), medians:");
  console.log("| links | list shown, ms | JS heap, MB | search by name (typed to rows shown), ms | filter to Disabled, ms | open one link's details, ms |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [count, m] of Object.entries(scaleMedians)) {
    console.log(`| ${Number(count).toLocaleString("en")} | ${f(m.listShownMs)} | ${f(m.heapMb, 1)} | ${f(m.searchMs)} | ${f(m.filterMs)} | ${f(m.detailsMs)} |`);
  }
  console.log(`\nResults: ${OUT}`);
} finally {
  await browser.close();
}
