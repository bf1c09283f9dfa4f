// Minifies every JavaScript file under a folder (modules, and start.js, the standalone page's one
// classic script) with terser (Trunk 0.21's own minifier fails on
// the wasm-bindgen glue and ships it as it is), and keeps index.html's integrity hashes true.
// Usage: node scripts/minify-js.mjs DIR   (TERSER_MODULES names terser's node_modules folder)
import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { scriptsUnder, sha384 } from "./js-files.mjs";

const require = createRequire(`${process.env.TERSER_MODULES}/`);
const { minify } = require("terser");

const dir = process.argv[2];
const indexPath = join(dir, "index.html");
let index = existsSync(indexPath) ? readFileSync(indexPath, "utf8") : null;
for (const path of scriptsUnder(dir)) {
  const source = readFileSync(path, "utf8");
  const { code } = await minify(source, {
    module: basename(path) !== "start.js",
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, code);
  if (index !== null) index = index.replaceAll(sha384(source), sha384(code));
}
if (index !== null) writeFileSync(indexPath, index);
