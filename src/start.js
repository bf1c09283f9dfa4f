// Starts the app from a file instead of the inline script Trunk would write, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') allows it.
// Trunk fills in the bundle's hashed names on this script's tag (Trunk.toml, pattern_script).
// A classic script in <head>: it runs before the body is shown, so it can say which address this is
// before index.html's first paint (a stand-in for the list) appears, and it asks for the list sooner.
// The performance marks time the start-up (scripts/benchmark.sh reads them).
(() => {
  performance.mark("uil:start");
  const tag = document.currentScript;
  // A reader of another language than English: the first paint's English words stay hidden until
  // the app shows the page in theirs (src/shell/standalone.rs picks it the same way, first of all).
  const asked = new URLSearchParams(location.search).get("lang") || navigator.languages?.[0] || "en";
  if (!/^en\b/i.test(asked)) document.documentElement.dataset.uilOtherLanguage = "";
  if (location.pathname.replace(/\/+$/, "") !== "") {
    document.documentElement.dataset.uilAddress = "other";
  }
  const firstList = document.querySelector('meta[name="uil-first-list"]')?.content;
  if (firstList) {
    // The list the first screen shows, asked for while the wasm loads; the app takes the answer
    // once (src/api/first_list.rs). Given up 30 s after it was sent, body included, like the app's
    // own requests: the app clears the timer once it has read the body.
    const controller = new AbortController();
    const sent = { controller, timedOut: false };
    sent.timer = setTimeout(() => {
      sent.timedOut = true;
      controller.abort();
    }, 30_000);
    sent.answer = fetch(firstList, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      redirect: "manual",
      signal: controller.signal,
    }).catch(() => null);
    window.__uilFirstList = sent;
  }
  import(tag.dataset.js)
    .then(({ default: init }) => {
      performance.mark("uil:glue-loaded");
      return init({ module_or_path: tag.dataset.wasm });
    })
    .then(() => performance.mark("uil:started"));
})();
