// Checks that the npm package's custom elements manifest (packages/unleash-invite-links/
// custom-elements.json, which editors and Storybook read) says what the element does, as its
// TypeScript declarations (index.d.ts) and its own code say it: the same attributes (also those
// src/shell/embed/element.js observes), properties, events (also those src/shell/embed.rs
// dispatches) and CSS custom properties (those style/page.css reads), and that package.json names
// the manifest and ships it. Prints each disagreement and exits 1; run by scripts/check-package.sh.
//
// Usage: node scripts/check-manifest.mjs [REPO_DIR]
import { readFileSync } from "node:fs";
import { join } from "node:path";

const TAG = "unleash-invite-links";

/** The names one source gives for each kind of thing the element has. */
function namesIn(text, pattern) {
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

/** The body of `interface NAME ... { ... }` in `dts`. */
function interfaceBody(dts, name) {
  const start = dts.search(new RegExp(`interface ${name}\\b[^{]*\\{`));
  if (start < 0) return "";
  const open = dts.indexOf("{", start);
  let depth = 0;
  for (let at = open; at < dts.length; at++) {
    if (dts[at] === "{") depth++;
    if (dts[at] === "}" && --depth === 0) return dts.slice(open + 1, at);
  }
  return "";
}

/** What the manifest says the element has. */
export function fromManifest(manifest) {
  const element = manifest.modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === TAG);
  if (!element) return null;
  return {
    attributes: (element.attributes ?? []).map((a) => a.name),
    properties: (element.members ?? []).filter((m) => m.kind === "field").map((m) => m.name),
    events: (element.events ?? []).map((e) => e.name),
    cssProperties: (element.cssProperties ?? []).map((p) => p.name),
  };
}

/** What the TypeScript declarations say the element has. */
export function fromDeclarations(dts) {
  const strip = (body) => body.replace(/\/\*[\s\S]*?\*\//g, "");
  return {
    attributes: namesIn(strip(interfaceBody(dts, "UnleashInviteLinksAttributes")), /"([a-z-]+)"\??:/g),
    properties: namesIn(strip(interfaceBody(dts, "UnleashInviteLinksElement")), /^ {2}([A-Za-z]\w*)\??:/gm),
    events: namesIn(strip(interfaceBody(dts, "UnleashInviteLinksEventMap")), /"([a-z-]+)":/g),
  };
}

/** Every disagreement between `expected` (what a source says) and the manifest, one line each. */
export function disagreements(manifest, sources) {
  const declared = fromManifest(manifest);
  if (!declared) return ["the manifest declares no element with tagName unleash-invite-links"];
  const problems = [];
  for (const [source, kinds] of Object.entries(sources)) {
    for (const [kind, names] of Object.entries(kinds)) {
      for (const name of names) {
        if (!declared[kind].includes(name)) problems.push(`${source} has the ${kind} entry ${name}; the manifest lacks it`);
      }
      for (const name of declared[kind]) {
        if (!names.includes(name)) problems.push(`the manifest has the ${kind} entry ${name}; ${source} lacks it`);
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const repo = process.argv[2] ?? new URL("..", import.meta.url).pathname;
  const read = (path) => readFileSync(join(repo, path), "utf8");
  const packageDir = "packages/unleash-invite-links";
  const manifest = JSON.parse(read(`${packageDir}/custom-elements.json`));
  const packageJson = JSON.parse(read(`${packageDir}/package.json`));
  const elementJs = read("src/shell/embed/element.js");
  const sources = {
    "index.d.ts": fromDeclarations(read(`${packageDir}/index.d.ts`)),
    "element.js": {
      attributes: ["settings", "followed"].flatMap((name) => JSON.parse(elementJs.match(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`))[1])),
    },
    "embed.rs": {
      events: [...new Set(namesIn(read("src/shell/embed.rs"), /"(unleash-[a-z-]+)"/g))].filter((name) => name !== TAG),
    },
    "page.css": { cssProperties: [...new Set(namesIn(read("style/page.css"), /var\((--uil-[a-z-]+)/g))] },
  };
  const problems = disagreements(manifest, sources);
  if (packageJson.customElements !== "custom-elements.json") problems.push("package.json's customElements does not name custom-elements.json");
  if (!packageJson.files?.includes("custom-elements.json")) problems.push("package.json's files leave custom-elements.json out");
  if (problems.length > 0) {
    console.error(`custom-elements.json disagrees with the element:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.error("custom-elements.json agrees with index.d.ts, element.js, embed.rs and page.css");
}
