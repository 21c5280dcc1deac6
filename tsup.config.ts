import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library as ESM, with type declarations for both formats.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
  },
  {
    // The library as CJS. unified, remark-parse and vfile (and what they use) ship only as ES modules:
    // `require` cannot load them before Node 20.19, and after it hands over a namespace whose default
    // export an interop helper wraps once more. They are bundled in; zod and chrono-node, which ship
    // CJS builds (and whose schemas and classes users share with us), stay external.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    splitting: false,
    noExternal: [/^(?!zod(?:\/|$)|chrono-node(?:\/|$)).*/],
  },
  {
    // The CLI and its batch worker: ESM only, executable.
    entry: { "cli/main": "src/cli/main.ts", "cli/worker": "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    splitting: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
