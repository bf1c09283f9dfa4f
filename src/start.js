// Starts the app from a file instead of the inline script Trunk would write, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') allows it.
// Trunk fills in the bundle's hashed names on this script's tag (Trunk.toml, pattern_script).
// The performance marks time the start-up (scripts/benchmark.sh reads them).
performance.mark("uil:start");
const tag = document.getElementById("uil-start");
const { default: init } = await import(tag.dataset.js);
performance.mark("uil:glue-loaded");
await init({ module_or_path: tag.dataset.wasm });
performance.mark("uil:started");
