import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM + CJS with type declarations for both.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
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
