// Minifies every JavaScript module under a folder with terser (Trunk 0.21's own minifier fails on
// the wasm-bindgen glue and ships it as it is), and keeps index.html's integrity hashes true.
// Usage: node scripts/minify-js.mjs DIR   (TERSER_MODULES names terser's node_modules folder)
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(`${process.env.TERSER_MODULES}/`);
const { minify } = require("terser");

function* scripts(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (name.endsWith(".js")) yield path;
  }
}

const sha384 = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
const dir = process.argv[2];
const indexPath = join(dir, "index.html");
let index = existsSync(indexPath) ? readFileSync(indexPath, "utf8") : null;
for (const path of scripts(dir)) {
  const source = readFileSync(path, "utf8");
  const { code } = await minify(source, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, code);
  if (index !== null) index = index.replaceAll(sha384(source), sha384(code));
}
if (index !== null) writeFileSync(indexPath, index);
