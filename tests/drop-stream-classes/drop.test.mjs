// scripts/drop-stream-classes.mjs: what it removes from the glue, what it keeps, and when it fails
// the build (a glue that still uses a class, a release wasm that kept the exports, a shape it does
// not know). Run: node --test tests/drop-stream-classes/
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { dropStreamClasses, STREAM_CLASSES } from "../../scripts/drop-stream-classes.mjs";
import { sha384 } from "../../scripts/js-files.mjs";

const SCRIPT = new URL("../../scripts/drop-stream-classes.mjs", import.meta.url).pathname;
const GLUE = readFileSync(new URL("./glue-fixture.js", import.meta.url), "utf8");

/** A wasm module with one empty function, exported under `name`. */
function wasmExporting(name) {
  const bytes = Buffer.from(name);
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x03, 0x02, 0x01, 0x00,
    0x07, bytes.length + 4, 0x01, bytes.length, ...bytes, 0x00, 0x00,
    0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,
  ]);
}

/** A staging folder as Trunk leaves it: the glue, its wasm exporting `exported`, and index.html. */
function stagedBuild(exported) {
  const dir = mkdtempSync(join(tmpdir(), "drop-stream-classes-"));
  writeFileSync(join(dir, "app.js"), GLUE);
  writeFileSync(join(dir, "app_bg.wasm"), wasmExporting(exported));
  writeFileSync(join(dir, "index.html"), `<link href=/app.js integrity=${sha384(GLUE)}>`);
  return dir;
}

function run(...args) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", env: { PATH: process.env.PATH } });
}

test("the three classes and their registries go, and the glue around them stays", () => {
  const code = dropStreamClasses(GLUE);
  for (const name of STREAM_CLASSES) {
    assert.doesNotMatch(code, new RegExp(name), `${name} is still in the glue`);
  }
  assert.doesNotMatch(code, /intounderlying/);
  assert.match(code, /function __wbg_get_imports\(\) \{/);
  assert.match(code, /const ret = setTimeout\(arg0, arg1\);/);
  assert.match(code, /export function start\(\) \{\n    wasm\.start\(\);\n\}/);
  assert.ok(GLUE.length - code.length > 3000, "the classes weigh over 3,000 characters");
});

test("a glue that hands a class to JavaScript keeps it, and the build fails naming it", () => {
  const used = GLUE.replace(
    "const ret = setTimeout(arg0, arg1);",
    "const ret = IntoUnderlyingSource.__wrap(arg0);",
  );
  assert.throws(() => dropStreamClasses(used), /still uses IntoUnderlyingSource/);
});

test("a class of a shape it does not know fails the build rather than cutting blindly", () => {
  const reshaped = GLUE.replace(/if \(Symbol\.dispose\) IntoUnderlyingSink[^\n]*\n/, "");
  assert.throws(() => dropStreamClasses(reshaped), /class IntoUnderlyingSink has a shape/);
});

test("a wasm without the exports loses the classes, and index.html's integrity follows", () => {
  const dir = stagedBuild("start");
  const result = run("--release", dir);
  assert.equal(result.status, 0, result.stderr);
  const code = readFileSync(join(dir, "app.js"), "utf8");
  assert.doesNotMatch(code, /IntoUnderlying/);
  assert.equal(readFileSync(join(dir, "index.html"), "utf8"), `<link href=/app.js integrity=${sha384(code)}>`);
});

test("a release wasm that kept the exports fails the build; a debug build is left as it is", () => {
  const release = stagedBuild("intounderlyingsource_pull");
  const failed = run("--release", release);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /still exports intounderlyingsource_pull/);
  assert.equal(readFileSync(join(release, "app.js"), "utf8"), GLUE);

  const debug = stagedBuild("intounderlyingsource_pull");
  const kept = run(debug);
  assert.equal(kept.status, 0, kept.stderr);
  assert.equal(readFileSync(join(debug, "app.js"), "utf8"), GLUE);
});
