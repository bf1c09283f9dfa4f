// Starts the app from a file instead of the inline script Trunk would write, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') allows it.
// Trunk fills in the bundle's hashed names on this script's tag (Trunk.toml, pattern_script).
// The performance marks time the start-up (scripts/benchmark.sh reads them).
performance.mark("uil:start");
const firstList = document.querySelector('meta[name="uil-first-list"]')?.content;
if (firstList) {
  // The list the first screen shows, asked for while the wasm loads; the app takes the answer
  // once (src/api/first_list.rs). Given up after 30 s, like the app's own requests.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, 30_000);
  window.__uilFirstList = {
    controller,
    answer: fetch(firstList, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: controller.signal,
    })
      .catch(() => ({ timedOut }))
      .finally(() => clearTimeout(timer)),
  };
}
const tag = document.getElementById("uil-start");
const { default: init } = await import(tag.dataset.js);
performance.mark("uil:glue-loaded");
await init({ module_or_path: tag.dataset.wasm });
performance.mark("uil:started");
