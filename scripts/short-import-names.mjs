// Gives the functions a release wasm imports from its wasm-bindgen glue short names ("a", "b", …,
// "ba", …) in both the wasm and the glue.
//
// wasm-bindgen names each import after its Rust binding plus a 16-digit hash
// (`__wbg_querySelector_72201b7c62dc196b`), and both files carry every name: about 190 names, whose
// random digits gzip cannot shrink. Measured with scripts/build-release.sh: the app 5.7 KB (gzip -9)
// smaller, README.md ("Size") has the figures. Nothing in either file changes but the names.
//
// The checks that keep it safe: an import is renamed only where the glue defines it as a key of its
// import object (`        __wbg_…: function…`) and names it nowhere else; any other import of the
// glue's module, a name met twice, or a wasm this script cannot read fails the build. The
// end-to-end suite runs on the renamed build.
//
// Usage: node scripts/short-import-names.mjs [--release] [DIR]
//   (default DIR: $TRUNK_STAGING_DIR, for Trunk's post_build hook through scripts/post-build.sh,
//   where $TRUNK_PROFILE says whether the build is a release; debug builds keep their names).
//   Renames each X.js in DIR (not in subfolders) with X_bg.wasm beside it, and keeps
//   DIR/index.html's integrity hashes true.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptsIn, sha384 } from "./js-files.mjs";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The `index`th short name: "a" … "Z", then "ba" …. */
export function shortName(index) {
  let name = "";
  let rest = index;
  do {
    name = LETTERS[rest % LETTERS.length] + name;
    rest = Math.floor(rest / LETTERS.length);
  } while (rest > 0);
  return name;
}

/** An unsigned LEB128 number of `bytes` at `at`: [value, where it ends]. */
function readNumber(bytes, at) {
  let value = 0;
  let shift = 0;
  for (let end = at; end < bytes.length; end++) {
    value += (bytes[end] & 0x7f) * 2 ** shift;
    shift += 7;
    if (bytes[end] < 0x80) return [value, end + 1];
  }
  throw new Error("the wasm ends inside a number");
}

/** `value` as unsigned LEB128 bytes. */
function writeNumber(value) {
  const bytes = [];
  let rest = value;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest > 0);
  return bytes;
}

/** Where the descriptor of an import of `kind` that starts at `at` ends. */
function descriptorEnd(bytes, kind, at) {
  const limitsEnd = (start) => {
    const flags = bytes[start];
    let end = readNumber(bytes, start + 1)[1];
    if (flags & 1) end = readNumber(bytes, end)[1];
    return end;
  };
  switch (kind) {
    case 0: // a function: its type's index
      return readNumber(bytes, at)[1];
    case 1: // a table: its element type, then its limits
      return limitsEnd(at + 1);
    case 2: // a memory: its limits
      return limitsEnd(at);
    case 3: // a global: its value type and mutability
      return at + 2;
    case 4: // a tag: its attribute, then its type's index
      return readNumber(bytes, at + 1)[1];
    default:
      throw new Error(`an import of a kind this script does not know (${kind})`);
  }
}

/** The whole-word occurrences of `name` in `text`. */
function occurrences(text, name) {
  return text.match(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, "g"))?.length ?? 0;
}

/** The module name under which `glue` hands the wasm its imports ("./invite-links_bg.js"). */
export function glueModule(glue) {
  const modules = [...glue.matchAll(/^\s+"(\.\/[\w.-]+_bg\.js)": import0,$/gm)];
  if (modules.length !== 1) throw new Error("the glue's import object has a shape this script does not know");
  return modules[0][1];
}

/**
 * `wasm` (bytes) and its `glue` (text, as wasm-bindgen wrote it) with each function imported from
 * the glue renamed to a short name. Throws, naming the import, when the glue does not define it
 * exactly as this script expects.
 */
export function shortenImports(wasm, glue) {
  const module = glueModule(glue);
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  const parts = [wasm.subarray(0, 8)];
  let code = glue;
  let renamed = 0;
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readNumber(wasm, at + 1);
    const end = start + size;
    if (end > wasm.length) throw new Error("the wasm ends inside a section");
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, next] = readNumber(wasm, start);
    const section = writeNumber(count);
    for (let index = 0; index < count; index++) {
      const [moduleLength, moduleStart] = readNumber(wasm, next);
      const moduleName = wasm.subarray(moduleStart, moduleStart + moduleLength);
      const [nameLength, nameStart] = readNumber(wasm, moduleStart + moduleLength);
      let name = wasm.subarray(nameStart, nameStart + nameLength).toString("utf8");
      const kind = wasm[nameStart + nameLength];
      const descriptorStart = nameStart + nameLength + 1;
      next = descriptorEnd(wasm, kind, descriptorStart);
      if (moduleName.toString("utf8") === module) {
        if (kind !== 0) throw new Error(`${name}: an import of the glue that is not a function`);
        const key = new RegExp(`^(\\s+)${name}: function`, "m");
        if (!/^[\w$]+$/.test(name) || !key.test(code) || occurrences(code, name) !== 1) {
          throw new Error(`${name}: the glue does not define it once as a key of its import object`);
        }
        const short = shortName(renamed++);
        code = code.replace(key, `$1${short}: function`);
        name = short;
      }
      const nameBytes = Buffer.from(name, "utf8");
      section.push(...writeNumber(moduleName.length), ...moduleName, ...writeNumber(nameBytes.length), ...nameBytes);
      section.push(kind, ...wasm.subarray(descriptorStart, next));
    }
    if (next !== end) throw new Error("the import section has bytes this script does not know");
    parts.push(Buffer.from([2, ...writeNumber(section.length), ...section]));
    at = end;
  }
  if (renamed === 0) throw new Error(`the wasm imports nothing from ${module}`);
  return { wasm: Buffer.concat(parts), glue: code, renamed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const release = args.includes("--release") || process.env.TRUNK_PROFILE === "release";
  const dir = args.find((arg) => arg !== "--release") ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error("usage: node scripts/short-import-names.mjs [--release] DIR");
  if (!release) process.exit(0);
  const indexPath = join(dir, "index.html");
  let index = existsSync(indexPath) ? readFileSync(indexPath, "utf8") : null;
  for (const path of scriptsIn(dir)) {
    const wasmPath = path.replace(/\.js$/, "_bg.wasm");
    if (!existsSync(wasmPath)) continue;
    const wasm = readFileSync(wasmPath);
    const glue = readFileSync(path, "utf8");
    let shortened;
    try {
      shortened = shortenImports(wasm, glue);
    } catch (error) {
      console.error(`${path}: ${error.message}`);
      process.exit(1);
    }
    writeFileSync(wasmPath, shortened.wasm);
    writeFileSync(path, shortened.glue);
    if (index !== null) {
      index = index.replaceAll(sha384(glue), sha384(shortened.glue)).replaceAll(sha384(wasm), sha384(shortened.wasm));
    }
  }
  if (index !== null && index !== readFileSync(indexPath, "utf8")) writeFileSync(indexPath, index);
}
