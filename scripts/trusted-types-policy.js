// Prepended to the wasm-bindgen glue by scripts/trusted-types.mjs: the one way the renderer's
// markup reaches innerHTML where the host requires Trusted Types.
//
// The policy "unleash-invite-links" is created as the module loads. It lets through only markup of
// the shape the renderer's templates have (uilShape): the elements and attributes the page's views
// use, quoted values, text, and `<!>` markers; so no script, no event handler, and no link with a
// scheme. A second bundle on the page shares the first one's policy (kept under a symbol). When the
// policy cannot be created (the host's policy does not list the name, or another script took it),
// the reason is kept under a second symbol, the element shows it instead of a blank page, and no
// markup is set.
const uilPolicyKey = Symbol.for("unleash-invite-links.trusted-types-policy");
const uilProblemKey = Symbol.for("unleash-invite-links.trusted-types-problem");
const uilShape =
  /^(?:<!>|<\/?(?:a|button|dd|dialog|div|dl|dt|fieldset|form|h[123]|header|input|label|legend|main|nav|option|p|section|select|span|strong|table|tbody|td|th|thead|time|tr)(?:\s+(?:class|id|role|type|scope|hidden|for|href|datetime|tabindex|autocomplete|autofocus|value|selected|disabled|readonly|required|novalidate|name|min|max|title|aria-[a-z]+|data-[a-z-]+)(?:="[^"<>]*")?)*\s*\/?>|[^<])*$/;

function uilCheckedMarkup(html) {
  if (!uilShape.test(html) || /\shref="(?:[^"]*[:\\&]|\/\/)/.test(html)) {
    throw new TypeError("unleash-invite-links sets only the markup of its own views");
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
  }
}

const uilPolicy = uilCreatePolicy();

function uilTrustedHtml(markup) {
  if (uilPolicy !== undefined) return uilPolicy.createHTML(markup);
  if (globalThis[uilProblemKey] !== undefined) throw new TypeError(globalThis[uilProblemKey]);
  return uilCheckedMarkup(markup);
}
