// Built from a copy in a temporary folder whose node_modules links to the repository's (see
// tests/bench/weight/floor.mjs). Turbopack refuses a link that leaves its root, and a root inside the
// repository makes it pick up the app's own proxy.ts and instrumentation.ts, hence the file-system root.
export default {
  turbopack: { root: "/" },
  outputFileTracingRoot: "/",
  serverExternalPackages: ["mdx-bundler", "esbuild"],
};
