// Prepended to the wasm-bindgen glue by scripts/trusted-types.mjs: the one way the renderer's
// markup reaches innerHTML where the host requires Trusted Types.
//
// The policy "unleash-invite-links" is created as the module loads. It lets through only markup of
// the shape the renderer's templates have: the elements and attributes the page's views use, quoted
// values, text, and `<!>` markers; no script, no event handler, no URL with a scheme. A second
// bundle on the page shares the first one's policy (kept under a symbol). When the policy cannot be
// created (the host's policy does not list the name, or another script took it), the reason is kept
// under a second symbol, the element shows it instead of a blank page, and no markup is set.
const uilPolicyKey = Symbol.for("unleash-invite-links.trusted-types-policy");
const uilProblemKey = Symbol.for("unleash-invite-links.trusted-types-problem");
const uilTags = new Set(
  "a button dd dialog div dl dt fieldset form h1 h2 h3 header input label legend main nav option p section select span strong table tbody td th thead time tr".split(" "),
);
const uilAttribute =
  /^(?:class|id|role|type|scope|hidden|for|href|datetime|tabindex|autocomplete|autofocus|value|selected|disabled|readonly|required|novalidate|name|min|max|title|aria-[a-z]+|data-[a-z-]+)$/;
const uilPiece = /<!>|<\/?([a-z][a-z0-9]*)((?:\s+[a-z][a-z-]*(?:="[^"<>]*")?)*)\s*\/?>|[^<]+/y;

function uilCheckedMarkup(html) {
  const refuse = () => {
    throw new TypeError("unleash-invite-links sets only the markup of its own views");
  };
  uilPiece.lastIndex = 0;
  while (uilPiece.lastIndex < html.length) {
    const piece = uilPiece.exec(html) ?? refuse();
    if (piece[1] !== undefined && !uilTags.has(piece[1])) refuse();
    for (const [, name, value = ""] of (piece[2] ?? "").matchAll(/([a-z][a-z-]*)(?:="([^"]*)")?/g)) {
      if (!uilAttribute.test(name) || (name === "href" && /[:\\]|^\/\/|&/.test(value))) refuse();
    }
  }
  return html;
}

function uilCreatePolicy() {
  const types = globalThis.trustedTypes;
  if (types === undefined || globalThis[uilPolicyKey]) return globalThis[uilPolicyKey];
  try {
    const policy = types.createPolicy("unleash-invite-links", { createHTML: uilCheckedMarkup });
    Object.defineProperty(globalThis, uilPolicyKey, { value: policy });
    return policy;
  } catch (error) {
    globalThis[uilProblemKey] ??= `This page cannot be shown: the host's Trusted Types refused its policy (${error?.message ?? error}). List it as trusted-types unleash-invite-links, and let no other script take that name.`;
    return undefined;
  }
}

const uilPolicy = uilCreatePolicy();

function uilTrustedHtml(markup) {
  if (uilPolicy !== undefined) return uilPolicy.createHTML(markup);
  if (globalThis[uilProblemKey] !== undefined) throw new TypeError(globalThis[uilProblemKey]);
  return uilCheckedMarkup(markup);
}
