// Reads `twiggy top --all --format csv` of a wasm with names and prints its code by crate and by
// function, as Markdown tables (scripts/size-report.sh).
// Usage: node scripts/size-report.mjs TOP_CSV SHIPPED_WASM
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const [csvPath, shippedPath] = process.argv.slice(2);
const lines = readFileSync(csvPath, "utf8").trim().split("\n").slice(1);
const items = lines.map((line) => {
  const match = line.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
  return { name: (match[1] ?? match[2]).replaceAll('""', '"'), bytes: Number(match[3]) };
});
const isCode = ({ name }) =>
  !/^(data\[|"|import |export |\w+ section|(elem|table|global|type)\[|custom section)/.test(name);
const code = items.filter(isCode);

/** The crate a function belongs to: the first path in its name (`<F as tachys::…>` is tachys's). */
function crateOf(name) {
  const path = name.match(/([A-Za-z_][A-Za-z0-9_]*)::/);
  if (path) return path[1];
  if (/^(wasm-bindgen|__wbg|__wbindgen)/.test(name)) return "wasm_bindgen (glue)";
  return "(no name: runtime, intrinsics)";
}

const byCrate = new Map();
for (const item of code) byCrate.set(crateOf(item.name), (byCrate.get(crateOf(item.name)) ?? 0) + item.bytes);
const names = items.filter(({ name }) => /names" subsection/.test(name)).reduce((sum, item) => sum + item.bytes, 0);
const total = items.reduce((sum, item) => sum + item.bytes, 0);
const codeTotal = code.reduce((sum, item) => sum + item.bytes, 0);
const shipped = readFileSync(shippedPath);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const percent = (bytes) => `${((100 * bytes) / codeTotal).toFixed(1)}%`;
const cell = (text) => text.replace(/::h[0-9a-f]{16}$/, "").replaceAll("|", "\\|").slice(0, 110);

console.log(`Shipped wasm (no names): ${shipped.length} bytes, ${kb(gzipSync(shipped, { level: 9 }).length)} KB gzip -9.`);
console.log(`Before wasm-opt, names left out: ${kb(codeTotal)} KB of code in ${code.length} functions, ${kb(total - codeTotal - names)} KB of data, tables and sections.`);
console.log("\nThe 20 largest crates (code bytes):");
console.log("| crate | KB | share of code |\n| --- | ---: | ---: |");
for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`| ${cell(crate)} | ${kb(bytes)} | ${percent(bytes)} |`);
}
console.log("\nThe 20 largest functions:");
console.log("| function | bytes |\n| --- | ---: |");
for (const item of code.slice().sort((a, b) => b.bytes - a.bytes).slice(0, 20)) {
  console.log(`| ${cell(item.name)} | ${item.bytes} |`);
}
