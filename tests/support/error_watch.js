// Records what a user's console would show as a crash: uncaught errors (a Rust panic in wasm ends as
// "RuntimeError: unreachable"), unhandled promise rejections, and console.error (the panic message);
// and console.warn, where a Leptos host's debug build hears of a misused signal.
export function watch_for_errors() {
  if (window.__uilErrors) {
    window.__uilErrors.length = 0;
    return;
  }
  const seen = [];
  window.__uilErrors = seen;
  window.addEventListener("error", (event) => seen.push(`uncaught: ${event.message}`));
  window.addEventListener("unhandledrejection", (event) => seen.push(`unhandled rejection: ${event.reason}`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    seen.push(`console.error: ${args.join(" ")}`);
    consoleError(...args);
  };
  const consoleWarn = console.warn.bind(console);
  console.warn = (...args) => {
    seen.push(`console.warn: ${args.join(" ")}`);
    consoleWarn(...args);
  };
}

export function errors_seen() {
  return (window.__uilErrors || []).join("\n");
}
