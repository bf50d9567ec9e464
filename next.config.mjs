import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled at build time, so pages do not ship ICU's message parser (about 12 KB of
// every page's script). Code that reads a catalog's raw text (app/manifest.ts, lib/offline/offline-page.ts)
// takes only plain strings, which compile to themselves.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// The Docker image builds with NEXT_OUTPUT=standalone (a self-contained server in .next/standalone,
// started with `node server.js`). Everything else (npm start, the browser tests) runs `next start`,
// which standalone output does not support, so it stays off unless asked for. This is build
// configuration, read by Next before the app exists: it cannot go through lib/env.ts.
const standalone = process.env.NEXT_OUTPUT === "standalone";

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(standalone ? { output: "standalone" } : {}),
  // esbuild (through mdx-bundler) and PGlite's wasm must be loaded by Node as they are, not bundled.
  serverExternalPackages: ["mdx-bundler", "esbuild", "@electric-sql/pglite", "pino"],
  // Lessons and migrations are read from disk at run time.
  // PGlite loads its wasm and data files by path, which the tracer cannot see; so does the
  // certificate PDF its fonts (lib/certificates/pdf/fonts.ts).
  outputFileTracingIncludes: {
    "/**": ["./content/**/*", "./prisma/migrations/**/*", "./node_modules/@electric-sql/pglite/dist/**/*"],
    "/learn/certificate/pdf": [
      "./node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf",
      "./node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf",
      "./node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
      "./node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
    ],
  },
  poweredByHeader: false,
  // forbidden() in lib/auth/page-guard.ts renders app/forbidden.tsx with a 403 status.
  // serverActions.bodySizeLimit: just above the 2 MB roster upload (lib/http/security-headers.ts),
  // so a trainer meets the upload's own message rather than the framework's limit.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2.5mb" } },
  // Invitation links carry their token in the path: never send it to another site as a referrer.
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Pages: one address serves a page per language (proxy.ts), and course pages only to the
        // signed-in. A shared cache must never keep them (Next marks pages built ahead of time
        // cacheable for a year); her browser may, asking again each time (a 304 while unchanged;
        // the new language's page after she switches). proxy.ts forbids storing pages made per request.
        source: "/((?!_next/|api/|serwist/).*)",
        headers: [{ key: "Cache-Control", value: "private, no-cache" }],
      },
      {
        // The icons in public/ are the same for everyone and rarely change: without this they
        // fell under the rule above, and Chromium asked for the favicon again on every move
        // between pages. A day old at most, so a new icon still arrives.
        source: "/:icon(favicon\\.svg|apple-touch-icon\\.png|icon-192\\.png|icon-512\\.png|icon-maskable-512\\.png)",
        headers: [{ key: "Cache-Control", value: "public, max-age=86400" }],
      },
    ];
  },
};

// withSerwist keeps esbuild, which bundles the service worker (app/serwist/[path]), out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
