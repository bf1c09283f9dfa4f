// Drops the three stream classes the shipped bundles never use from their wasm-bindgen glue.
//
// Leptos always turns on its server functions' browser client, whose `wasm-streams` dependency
// exports IntoUnderlyingSource, IntoUnderlyingByteSource and IntoUnderlyingSink to JavaScript. The
// page calls no server function, but wasm-bindgen keeps every export alive, so their code shipped.
// Release builds remove those exports in wasm-opt (`STREAM_EXPORTS_FLAGS` below: index.html's and
// the example console's data-wasm-opt-params and scripts/build-embed.sh pass them), and this script then removes the
// classes that called them from the glue. Measured with scripts/build-release.sh: the app 1.8 KB
// (gzip -9) smaller, README.md ("Size") has the figures.
//
// The check that keeps it safe: once a wasm lacks the exports, a class the glue still names
// anywhere else (a `__wrap` that Rust code would call to hand one to JavaScript) fails the build,
// and so does a release build whose wasm kept them.
//
// Usage: node scripts/drop-stream-classes.mjs [--release] [DIR]
//   (default DIR: $TRUNK_STAGING_DIR, for Trunk's post_build hook through scripts/post-build.sh,
//   where $TRUNK_PROFILE says whether the build is a release). Keeps DIR/index.html's integrity hashes true.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptsIn, sha384 } from "./js-files.mjs";

export const STREAM_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
export const STREAM_EXPORTS_FLAGS =
  "--remove-exports --pass-arg=remove-exports@*intounderlying* --remove-unused-module-elements";

/** The glue `source` without the stream classes and their finalization registries. */
export function dropStreamClasses(source) {
  let code = source;
  for (const name of STREAM_CLASSES) {
    const start = code.indexOf(`export class ${name} {`);
    const disposeLine = `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`;
    const end = code.indexOf(disposeLine, start);
    if (start < 0 || end < 0) throw new Error(`the glue's class ${name} has a shape this script does not know`);
    code = code.slice(0, start) + code.slice(end + disposeLine.length);
    const registry = new RegExp(
      `const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n` +
        `    \\? \\{ register: \\(\\) => \\{\\}, unregister: \\(\\) => \\{\\} \\}\\n` +
        `    : new FinalizationRegistry\\(ptr => wasm\\.__wbg_${name.toLowerCase()}_free\\(ptr, 1\\)\\);\\n`,
    );
    if (!registry.test(code)) throw new Error(`the glue's registry of ${name} has a shape this script does not know`);
    code = code.replace(registry, "");
    if (new RegExp(`\\b${name}\\b`).test(code)) {
      throw new Error(`the glue still uses ${name} (Rust code hands one to JavaScript): its exports must stay`);
    }
  }
  return code;
}

/** The names of the stream exports `wasm` (bytes) still has. */
export function streamExports(wasm) {
  return WebAssembly.Module.exports(new WebAssembly.Module(wasm))
    .map((e) => e.name)
    .filter((name) => name.includes("intounderlying"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const release = args.includes("--release") || process.env.TRUNK_PROFILE === "release";
  const dir = args.find((arg) => arg !== "--release") ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("usage: node scripts/drop-stream-classes.mjs [--release] DIR");
  const indexPath = join(dir, "index.html");
  let index = existsSync(indexPath) ? readFileSync(indexPath, "utf8") : null;
  for (const path of scriptsIn(dir)) {
    const wasmPath = path.replace(/\.js$/, "_bg.wasm");
    if (!existsSync(wasmPath)) continue;
    const left = streamExports(readFileSync(wasmPath));
    if (left.length > 0) {
      if (release) {
        console.error(`${wasmPath}: a release wasm still exports ${left.join(", ")}; wasm-opt needs ${STREAM_EXPORTS_FLAGS}`);
        process.exit(1);
      }
      continue;
    }
    const source = readFileSync(path, "utf8");
    if (!source.includes(`export class ${STREAM_CLASSES[0]}`)) continue;
    let code;
    try {
      code = dropStreamClasses(source);
    } catch (error) {
      console.error(`${path}: ${error.message}`);
      process.exit(1);
    }
    writeFileSync(path, code);
    if (index !== null) index = index.replaceAll(sha384(source), sha384(code));
  }
  if (index !== null && index !== readFileSync(indexPath, "utf8")) writeFileSync(indexPath, index);
}
