import { defineConfig } from "tsup";

// No source maps in the package: they were most of its size, and the code they map is the readable
// TypeScript in the repository.
/**
 * esbuild turns regular expression literals with Unicode property escapes
 * (`/\p{L}/u`) into `new RegExp(…)` calls for a `node20` target, and a
 * call in a function body then builds its pattern at every call. Node 20
 * has them: the literals stay literals.
 */
const esbuildOptions = (options: { supported?: Record<string, boolean> }) => {
  options.supported = { ...options.supported, "regexp-unicode-property-escapes": true };
};

export default defineConfig([
  {
    // The library and the CLI as ES modules in one build: they share their chunks, so the
    // library's code ships once for both. The CLI's shebang comes from src/cli/main.ts itself.
    entry: { index: "src/index.ts", "cli/main": "src/cli/main.ts", "cli/worker": "src/cli/worker.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    clean: true,
    target: "node20",
    esbuildOptions,
    splitting: true,
  },
  {
    // The library as CJS. unified, remark-parse and vfile (and what they use) ship only as ES modules:
    // `require` cannot load them before Node 20.19, and after it hands over a namespace whose default
    // export an interop helper wraps once more. They are bundled in; zod and chrono-node, which ship
    // CJS builds (and whose schemas and classes users share with us), stay external.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    target: "node20",
    esbuildOptions,
    splitting: false,
    // import.meta.url (the lazy require of compromise) in CommonJS
    shims: true,
    noExternal: [/^(?!zod(?:\/|$)|chrono-node(?:\/|$)|compromise(?:\/|$)).*/],
  },
]);
