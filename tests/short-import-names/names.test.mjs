// scripts/short-import-names.mjs: a wasm and its glue renamed together still run, and every glue
// the script cannot vouch for fails the build, naming the import. Run: node --test tests/short-import-names/
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

import { shortName, shortenImports } from "../../scripts/short-import-names.mjs";
import { sha384 } from "../../scripts/js-files.mjs";

const SCRIPT = new URL("../../scripts/short-import-names.mjs", import.meta.url).pathname;
const ADD = "__wbg_add_0123456789abcdef";
const MUL = "__wbg_mul_fedcba9876543210";

/** `text` as a wasm name: its length, then its bytes. */
const name = (text) => [text.length, ...Buffer.from(text)];
/** A section: its id, its length, its bytes. */
const section = (id, bytes) => [id, bytes.length, ...bytes];

/** A module that imports `add` and `mul` from the glue and a memory from "env", and exports
 *  run(a, b) = add(a, b) + mul(a, b). */
const WASM = Buffer.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]),
  ...section(2, [
    3,
    ...name("./x_bg.js"), ...name(ADD), 0, 0,
    ...name("./x_bg.js"), ...name(MUL), 0, 0,
    ...name("env"), ...name("memory"), 2, 0, 1,
  ]),
  ...section(3, [1, 0]),
  ...section(7, [1, ...name("run"), 0, 2]),
  ...section(10, [1, ...section(0, [0, 0x20, 0, 0x20, 1, 0x10, 0, 0x20, 0, 0x20, 1, 0x10, 1, 0x6a, 0x0b]).slice(1)]),
]);

/** The shape of wasm-bindgen 0.2.130's glue (--target web) around its import object. */
const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        ${ADD}: function(arg0, arg1) {
            return arg0 + arg1;
        },
        ${MUL}: function(arg0, arg1) {
            return arg0 * arg1;
        },
    };
    return {
        __proto__: null,
        "./x_bg.js": import0,
    };
}
export { __wbg_get_imports };
`;

function tempDir() {
  return mkdtempSync(join(tmpdir(), "short-import-names-"));
}

/** Runs the renamed pair as a browser would: the glue's import object, then run(3, 4). */
async function run(wasm, glue) {
  const path = join(tempDir(), "x.mjs");
  writeFileSync(path, glue);
  const { __wbg_get_imports } = await import(pathToFileURL(path).href);
  const imports = { ...__wbg_get_imports(), env: { memory: new WebAssembly.Memory({ initial: 1 }) } };
  const { instance } = await WebAssembly.instantiate(wasm, imports);
  return instance.exports.run(3, 4);
}

test("the renamed wasm runs with the renamed glue", async () => {
  assert.equal(await run(WASM, GLUE), 19);
  const shortened = shortenImports(WASM, GLUE);
  assert.equal(shortened.renamed, 2);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(shortened.wasm));
  assert.deepEqual(
    imports.map((i) => `${i.module} ${i.name}`),
    ["./x_bg.js a", "./x_bg.js b", "env memory"],
  );
  assert.doesNotMatch(shortened.glue, /__wbg_(add|mul)/);
  assert.ok(shortened.wasm.length < WASM.length);
  assert.equal(await run(shortened.wasm, shortened.glue), 19);
});

test("an import the glue names anywhere else fails, naming it", () => {
  const used = GLUE.replace("return {", `globalThis.keep = "${ADD}";\n    return {`);
  assert.throws(() => shortenImports(WASM, used), new RegExp(`${ADD}: the glue does not define it once`));
});

test("an import the glue does not define fails, naming it", () => {
  const missing = GLUE.replace(`${MUL}: function`, "other: function");
  assert.throws(() => shortenImports(WASM, missing), new RegExp(`${MUL}: the glue does not define it once`));
});

test("a glue whose import object has another shape fails", () => {
  const reshaped = GLUE.replace('"./x_bg.js": import0', '"./x_bg.js": imports');
  assert.throws(() => shortenImports(WASM, reshaped), /import object has a shape this script does not know/);
  assert.throws(() => shortenImports(Buffer.from("not wasm"), GLUE), /not a wasm module/);
});

test("short names are distinct letters, shortest first", () => {
  assert.deepEqual([0, 1, 25, 26, 51, 52, 53].map(shortName), ["a", "b", "z", "A", "Z", "ba", "bb"]);
  const names = new Set(Array.from({ length: 3000 }, (_, index) => shortName(index)));
  assert.equal(names.size, 3000);
});

test("a release folder is renamed with index.html's integrity; a debug build keeps its names", () => {
  const dir = tempDir();
  const index = `<link href=/x.js integrity=${sha384(GLUE)}><link href=/x_bg.wasm integrity=${sha384(WASM)}>`;
  writeFileSync(join(dir, "x.js"), GLUE);
  writeFileSync(join(dir, "x_bg.wasm"), WASM);
  writeFileSync(join(dir, "index.html"), index);
  const env = { ...process.env, TRUNK_PROFILE: "debug" };

  const debug = spawnSync(process.execPath, [SCRIPT, dir], { env, encoding: "utf8" });
  assert.equal(debug.status, 0, debug.stderr);
  assert.equal(readFileSync(join(dir, "x.js"), "utf8"), GLUE);

  const release = spawnSync(process.execPath, [SCRIPT, "--release", dir], { env, encoding: "utf8" });
  assert.equal(release.status, 0, release.stderr);
  const glue = readFileSync(join(dir, "x.js"), "utf8");
  const wasm = readFileSync(join(dir, "x_bg.wasm"));
  assert.doesNotMatch(glue, /__wbg_(add|mul)/);
  assert.equal(
    readFileSync(join(dir, "index.html"), "utf8"),
    `<link href=/x.js integrity=${sha384(glue)}><link href=/x_bg.wasm integrity=${sha384(wasm)}>`,
  );
});

test("a release folder whose glue the script cannot vouch for fails the build", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "x.js"), GLUE.replace(`${MUL}: function`, "other: function"));
  writeFileSync(join(dir, "x_bg.wasm"), WASM);
  const failed = spawnSync(process.execPath, [SCRIPT, "--release", dir], { encoding: "utf8" });
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, new RegExp(`x\\.js: ${MUL}: the glue does not define it once`));
  assert.deepEqual(readFileSync(join(dir, "x_bg.wasm")), WASM);
});
