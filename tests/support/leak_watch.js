// Counts what a page can leave behind: listeners on window and document that were never removed,
// and timers (setTimeout, setInterval) that were neither cleared nor, for timeouts, fired; and
// collects everything a host's scripts could read under a root (a token must be in none of it).
export function watch_listeners_and_timers() {
  if (window.__uilLive) return;
  const live = { listeners: [], timers: new Set() };
  window.__uilLive = live;
  const capture = (options) => (typeof options === "boolean" ? options : !!options?.capture);
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const index = (type, listener, options) =>
      live.listeners.findIndex(
        (entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture(options),
      );
    target.addEventListener = (type, listener, options) => {
      if (index(type, listener, options) < 0) live.listeners.push({ target, type, listener, capture: capture(options) });
      add(type, listener, options);
    };
    target.removeEventListener = (type, listener, options) => {
      const found = index(type, listener, options);
      if (found >= 0) live.listeners.splice(found, 1);
      remove(type, listener, options);
    };
  }
  const [setTimeout, clearTimeout, setInterval, clearInterval] = [
    window.setTimeout, window.clearTimeout, window.setInterval, window.clearInterval,
  ].map((fn) => fn.bind(window));
  window.setTimeout = (handler, ms, ...args) => {
    const id = setTimeout((...given) => {
      live.timers.delete(id);
      handler(...given);
    }, ms, ...args);
    live.timers.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    live.timers.delete(id);
    clearTimeout(id);
  };
  window.setInterval = (handler, ms, ...args) => {
    const id = setInterval(handler, ms, ...args);
    live.timers.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    live.timers.delete(id);
    clearInterval(id);
  };
}

/** How many listeners on window and document are registered now. */
export function live_listeners() {
  return window.__uilLive.listeners.length;
}

/** How many timers are pending now. */
export function live_timers() {
  return window.__uilLive.timers.size;
}

// Everything a host page's scripts could read under a root: the markup of every element, the
// markup inside every open shadow root, and the current value of every field (a value typed into an
// input is in no markup).
export function everything_in(root) {
  const parts = [];
  const visit = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      parts.push(node.outerHTML);
      if (typeof node.value === "string") {
        parts.push(node.value);
      }
      if (node.shadowRoot) {
        parts.push(node.shadowRoot.innerHTML);
        node.shadowRoot.childNodes.forEach(visit);
      }
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join("\n");
}
