// Lets the page run where the host requires Trusted Types (`require-trusted-types-for 'script'`).
//
// The renderer (Leptos) builds each view's static markup once, as a <template> whose innerHTML the
// wasm-bindgen glue sets with a plain string, which such a page refuses. This passes that one setter's
// string through a policy named "unleash-invite-links" (scripts/trusted-types-policy.js, prepended to
// the glue: created as the module loads, shared by a second bundle, and letting through only markup
// of the shape the views' templates have); hosts allow it with `trusted-types unleash-invite-links`.
// User and server text never reaches it: the renderer makes text nodes of them.
//
// Usage: node scripts/trusted-types.mjs [DIR]   (default: $TRUNK_STAGING_DIR, for Trunk's post_build hook)
// Patches the wasm-bindgen glue modules directly in DIR once (what a build copies into subfolders, such
// as the embed bundle or another console's bundle, was built and patched on its own), and keeps
// DIR/index.html's integrity hashes true.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptsIn, sha384 } from "./js-files.mjs";

const SETTER = /(\w+)\.innerHTML = (getStringFromWasm0\(\w+, \w+\));/g;
const HELPER = readFileSync(new URL("./trusted-types-policy.js", import.meta.url), "utf8");

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("usage: node scripts/trusted-types.mjs DIR");
const indexPath = join(dir, "index.html");
let index = existsSync(indexPath) ? readFileSync(indexPath, "utf8") : null;
for (const path of scriptsIn(dir)) {
  const source = readFileSync(path, "utf8");
  if (!source.includes("__wbindgen") || source.includes("uilTrustedHtml")) continue;
  const patched = source.replace(SETTER, "$1.innerHTML = uilTrustedHtml($2);");
  if (/\.innerHTML\s*=(?! uilTrustedHtml\()/.test(patched)) {
    console.error(`${path}: an innerHTML assignment this script does not know; Trusted Types would refuse it`);
    process.exit(1);
  }
  if (patched === source) continue;
  const code = HELPER + patched;
  writeFileSync(path, code);
  if (index !== null) index = index.replaceAll(sha384(source), sha384(code));
}
if (index !== null) writeFileSync(indexPath, index);
