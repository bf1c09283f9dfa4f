// scripts/lang-files.mjs: the catalogue files' names (the hash build.rs compiles in), the first
// paint's words from lang/en.json, and the element's literal list of catalogue files.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { catalogueFiles, fillFirstPaint, fnv1a64, listCatalogues } from "../../scripts/lang-files.mjs";

test("the hash is FNV-1a of 64 bits, as build.rs computes it", () => {
  assert.equal(fnv1a64(Buffer.from("")), "cbf29ce484222325");
  assert.equal(fnv1a64(Buffer.from("a")), "af63dc4c8601ec8c");
  assert.equal(fnv1a64(Buffer.from("foobar")), "85944171f73967e8");
});

test("every language but English is a file named by its content", () => {
  const names = catalogueFiles().map(([, name]) => name);
  assert.deepEqual(names.map((name) => name.slice(0, 3)).toSorted(), ["de-", "ja-"]);
  for (const name of names) assert.match(name, /^[a-z]+-[0-9a-f]{16}\.json$/);
});

test("the first paint's words come from English's messages, quoted or not", () => {
  const messages = { invite_links: "Invite <links>", show: "Show", filter_count: "{filter} ({count})", state_active: "Active" };
  const html =
    '<h1 class="t" data-uil-message="invite_links"></h1><select data-uil-label=show></select>' +
    "<option data-uil-message=filter_count data-uil-filter=state_active></option>";
  assert.equal(
    fillFirstPaint(html, messages),
    '<h1 class="t" data-uil-message="invite_links">Invite &lt;links></h1><select data-uil-label=show aria-label="Show"></select>' +
      "<option data-uil-message=filter_count data-uil-filter=state_active>Active (0)</option>",
  );
  assert.throws(() => fillFirstPaint('<p data-uil-message="gone"></p>', messages), /"gone", which lang\/en.json lacks/);
});

test("the element lists each catalogue as a literal address a bundler follows", () => {
  const source = readFileSync(new URL("../../src/shell/embed/element.js", import.meta.url), "utf8");
  const listed = listCatalogues(source, [["lang/de.json", "de-0123456789abcdef.json"]]);
  assert.ok(
    listed.includes('const catalogueFiles = {"de-0123456789abcdef.json": new URL("../../../../../lang/de-0123456789abcdef.json", import.meta.url).href};'),
  );
  assert.throws(() => listCatalogues("const other = 1;", []), /no `const catalogueFiles = \{\};`/);
});
