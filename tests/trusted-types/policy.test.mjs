// The Trusted Types policy prepended to the glue (scripts/trusted-types-policy.js), run against a
// stand-in for the browser's `trustedTypes`: what markup it lets through, that it is created as the
// module loads and shared by a second bundle, and what a page whose policy name is taken gets.
// Run: node --test tests/trusted-types/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const code = readFileSync(new URL("../../scripts/trusted-types-policy.js", import.meta.url), "utf8");

/** Loads the helper as one bundle would, in the page `page`; returns its `uilTrustedHtml`. */
function loadBundle(page) {
  return new Function("globalThis", `${code}\nreturn uilTrustedHtml;`)(page);
}

/** A page whose `trustedTypes` records each policy created; `taken` names refuse creation. */
function pageWithTrustedTypes(taken = []) {
  const created = [];
  const trustedTypes = {
    createPolicy(name, rules) {
      if (taken.includes(name)) throw new TypeError(`Policy "${name}" disallowed.`);
      created.push(name);
      return { createHTML: (html) => ({ trusted: rules.createHTML(html) }) };
    },
  };
  return { page: { trustedTypes }, created };
}

const TEMPLATES = [
  '<div class="uil-page"><p class="uil-visually-hidden" role="status"><!></p><!></div>',
  '<button class="uil-button uil-primary" type="button">Create invite link</button>',
  '<label class="uil-label" for="uil-username-3">User name</label><input id="uil-username-3" class="uil-input" autocomplete="username">',
  '<dl class="uil-facts"><div><dt>Name</dt><dd><!></dd></div></dl>',
  '<a class="uil-link" href="/admin/invites/links/0a1b">Back to all links</a>',
  "<p class=\"uil-note\">Anyone who opens this link can join &amp; stay.</p>",
  '<table class="uil-table"><thead><tr><th scope="col">Name</th></tr></thead><tbody></tbody></table>',
  '<dialog class="uil-dialog" aria-labelledby="t"><form class="uil-form" novalidate=""></form></dialog>',
];

/** What the policy throws for markup that is not its views' (a TypeError, as `trustedTypes` would). */
const REFUSED = { name: "TypeError", message: "unleash-invite-links sets only the markup of its own views" };

const ATTACKS = [
  "<img/src/onerror=alert(1)>",
  '<img src="x" onerror="alert(1)">',
  "<svg/onload=alert(1)>",
  '<svg><a href="javascript:alert(1)">x</a></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href="jav&#x61;script:alert(1)">x</a>',
  '<a href="//evil.example/">x</a>',
  '<a href="/\\evil.example/">x</a>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  "<script>alert(1)</script>",
  '<div onclick="alert(1)">x</div>',
  '<div class="a" onmouseover="alert(1)">x</div>',
  "<div class=x onmouseover=alert(1)>x</div>",
  "<style>*{}</style>",
  "<math><mi>x</mi></math>",
  "<!-- comment --><p>x</p>",
  '<form action="https://evil.example"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  "<p>x<</p>",
  "<object data=x></object>",
];

test("the renderer's template markup goes through the policy", () => {
  const { page, created } = pageWithTrustedTypes();
  const trustedHtml = loadBundle(page);
  assert.deepEqual(created, ["unleash-invite-links"], "created as the module loads");
  for (const markup of TEMPLATES) {
    assert.deepEqual(trustedHtml(markup), { trusted: markup }, markup);
  }
});

test("markup that could run script or leave the page is refused", () => {
  const { page } = pageWithTrustedTypes();
  const trustedHtml = loadBundle(page);
  for (const markup of ATTACKS) {
    assert.throws(() => trustedHtml(markup), REFUSED, markup);
  }
});

test("a second bundle on the page shares the first one's policy", () => {
  const { page, created } = pageWithTrustedTypes();
  const first = loadBundle(page);
  const second = loadBundle(page);
  assert.deepEqual(created, ["unleash-invite-links"]);
  assert.deepEqual(second(TEMPLATES[0]), first(TEMPLATES[0]));
  assert.throws(() => second(ATTACKS[0]), REFUSED);
});

test("a name the page does not allow, or one taken first, is a clear problem, not blank markup", () => {
  const { page } = pageWithTrustedTypes(["unleash-invite-links"]);
  const trustedHtml = loadBundle(page);
  const problem = page[Symbol.for("unleash-invite-links.trusted-types-problem")];
  assert.match(problem, /trusted-types unleash-invite-links/);
  assert.match(problem, /disallowed/);
  assert.throws(() => trustedHtml(TEMPLATES[0]), { name: "TypeError", message: problem });
});

test("without Trusted Types the markup is checked all the same", () => {
  const trustedHtml = loadBundle({});
  assert.equal(trustedHtml(TEMPLATES[1]), TEMPLATES[1]);
  assert.throws(() => trustedHtml(ATTACKS[0]), REFUSED);
});

test("long markup that is not a template's is refused at once, not after a long search", () => {
  const { page } = pageWithTrustedTypes();
  const trustedHtml = loadBundle(page);
  for (const markup of ["<div" + ' class="a"'.repeat(20_000) + " onclick=x>", "a".repeat(200_000) + "<", `<p${" ".repeat(50_000)}x`]) {
    const started = performance.now();
    assert.throws(() => trustedHtml(markup), REFUSED);
    assert.ok(performance.now() - started < 5_000, `took ${performance.now() - started} ms`);
  }
});
