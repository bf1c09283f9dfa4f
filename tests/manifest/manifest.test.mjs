// scripts/check-manifest.mjs: the package's custom-elements.json agrees with index.d.ts and the
// element's own code, and the check names each entry one side has and the other lacks.
// Run: node --test tests/manifest/
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { disagreements, fromDeclarations, fromManifest } from "../../scripts/check-manifest.mjs";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const MANIFEST = JSON.parse(read("packages/unleash-invite-links/custom-elements.json"));
const DTS = read("packages/unleash-invite-links/index.d.ts");

/** The manifest with `change` made to its element. */
function manifestWith(change) {
  const copy = structuredClone(MANIFEST);
  change(copy.modules[0].declarations[0]);
  return copy;
}

test("the package's manifest, types and element agree", () => {
  const result = spawnSync(process.execPath, [new URL("../../scripts/check-manifest.mjs", import.meta.url).pathname], {
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
  const manifest = fromManifest(MANIFEST);
  assert.deepEqual(manifest.attributes.toSorted(), ["base-path", "base-url", "lang", "search-param", "sign-in"]);
  assert.deepEqual(manifest.properties, ["token"]);
  assert.equal(manifest.cssProperties.length, 10);
});

test("an attribute the types declare but the manifest lacks is named", () => {
  const manifest = manifestWith((element) => {
    element.attributes = element.attributes.filter((a) => a.name !== "search-param");
  });
  assert.deepEqual(disagreements(manifest, { "index.d.ts": fromDeclarations(DTS) }), [
    "index.d.ts has the attributes entry search-param; the manifest lacks it",
  ]);
});

test("an event the manifest lists but the types lack is named", () => {
  const dts = DTS.replace(/\s*\/\*\* A link was created\. \*\/\n\s*"unleash-invite-link-created": [^\n]*/, "");
  assert.deepEqual(disagreements(MANIFEST, { "index.d.ts": fromDeclarations(dts) }), [
    "the manifest has the events entry unleash-invite-link-created; index.d.ts lacks it",
  ]);
});

test("a property and a CSS custom property missing on either side are named", () => {
  const manifest = manifestWith((element) => {
    element.members = [];
    element.cssProperties.push({ name: "--uil-shadow" });
  });
  assert.deepEqual(
    disagreements(manifest, {
      "index.d.ts": fromDeclarations(DTS),
      "page.css": { cssProperties: fromManifest(MANIFEST).cssProperties },
    }),
    [
      "index.d.ts has the properties entry token; the manifest lacks it",
      "the manifest has the cssProperties entry --uil-shadow; page.css lacks it",
    ],
  );
});
