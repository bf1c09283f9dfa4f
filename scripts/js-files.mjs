// What the scripts that rewrite built JavaScript share: finding the modules, and the integrity hash
// index.html pins each one with.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every `.js` file under `dir`, subfolders included. */
export function* scriptsUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scriptsUnder(path);
    else if (name.endsWith(".js")) yield path;
  }
}

/** The `.js` files directly in `dir`, not in its subfolders. */
export function scriptsIn(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js") && statSync(join(dir, name)).isFile())
    .map((name) => join(dir, name));
}

/** The Subresource Integrity value of `text`, as Trunk writes it. */
export const sha384 = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
