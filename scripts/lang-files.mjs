// Writes each catalogue of lang/ but English (compiled into the wasm) as DIR/lang/<language>-<hash>.json,
// the name build.rs compiles in: the hash is FNV-1a (64 bits, 16 hex digits) of the file's bytes,
// so a changed catalogue gets a new name and the old one may be cached for good.
//
// It also writes the words of DIR/index.html's first paint from lang/en.json, when DIR has one: an
// element's data-uil-message names its text's message, data-uil-label its aria-label's; in
// "filter_count" data-uil-filter names the filter's message, and the count is 0.
//
// Usage: node scripts/lang-files.mjs [DIR]   (default: $TRUNK_STAGING_DIR, for Trunk's post_build hook)

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LANG_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "lang");

/** FNV-1a over `bytes`, as 16 hex digits (build.rs's `fnv1a64`). */
export function fnv1a64(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, "0");
}

/** The served name of each catalogue in `langDir` but English: [[source path, name]]. */
export function catalogueFiles(langDir = LANG_DIR) {
  return readdirSync(langDir)
    .filter((name) => /^[a-z-]+\.json$/.test(name) && name !== "en.json")
    .map((name) => {
      const bytes = readFileSync(join(langDir, name));
      return [join(langDir, name), `${name.slice(0, -".json".length)}-${fnv1a64(bytes)}.json`];
    });
}

/** `html` with every data-uil-message element's text and data-uil-label's aria-label filled in from
 * `messages` (lang/en.json); throws on a message it lacks. */
export function fillFirstPaint(html, messages) {
  const message = (key) => {
    const text = messages[key];
    if (typeof text !== "string") throw new Error(`index.html names the message "${key}", which lang/en.json lacks`);
    return text;
  };
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  // Attribute values may lose their quotes in a release build (Trunk minifies index.html).
  const named = (attributes, name) => new RegExp(`${name}="?([a-z_]+)"?`).exec(attributes)?.[1];
  return html
    .replace(/<([a-z0-9]+)(\s[^>]*data-uil-message=[^>]*)>[^<]*<\/\1>/g, (_, tag, attributes) => {
      const filter = named(attributes, "data-uil-filter");
      const text = message(named(attributes, "data-uil-message"))
        .replace("{filter}", filter ? message(filter) : "")
        .replace("{count}", "0");
      return `<${tag}${attributes}>${escape(text)}</${tag}>`;
    })
    .replace(/(\sdata-uil-label="?([a-z_]+)"?)/g, (_, attribute, key) => `${attribute} aria-label="${escape(message(key))}"`);
}

/** `elementJs` (the built bundle's copy of src/shell/embed/element.js) listing each catalogue of
 * `files` ([[source, name]]) as a literal URL beside the bundle; throws when it has no list to fill. */
export function listCatalogues(elementJs, files) {
  const empty = "const catalogueFiles = {};";
  if (!elementJs.includes(empty)) throw new Error("element.js has no `const catalogueFiles = {};` to fill");
  const entries = files.map(([, name]) => `${JSON.stringify(name)}: new URL(${JSON.stringify(`../../../../../lang/${name}`)}, import.meta.url).href`);
  return elementJs.replace(empty, `const catalogueFiles = {${entries.join(", ")}};`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("usage: node scripts/lang-files.mjs DIR");
    process.exit(2);
  }
  mkdirSync(join(dir, "lang"), { recursive: true });
  for (const [source, name] of catalogueFiles()) {
    writeFileSync(join(dir, "lang", name), readFileSync(source));
  }
  const snippets = join(dir, "snippets");
  if (existsSync(snippets)) {
    for (const crate of readdirSync(snippets)) {
      const elementJs = join(snippets, crate, "src", "shell", "embed", "element.js");
      if (existsSync(elementJs)) writeFileSync(elementJs, listCatalogues(readFileSync(elementJs, "utf8"), catalogueFiles()));
    }
  }
  const index = join(dir, "index.html");
  if (existsSync(index)) {
    const messages = JSON.parse(readFileSync(join(LANG_DIR, "en.json"), "utf8"));
    writeFileSync(index, fillFirstPaint(readFileSync(index, "utf8"), messages));
  }
}
