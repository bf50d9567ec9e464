import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // esbuild (through mdx-bundler) and PGlite's wasm must be loaded by Node as they are, not bundled.
  serverExternalPackages: ["mdx-bundler", "esbuild", "@electric-sql/pglite", "pino"],
  // Lessons and migrations are read from disk at run time.
  outputFileTracingIncludes: { "/**": ["./content/**/*", "./prisma/migrations/**/*"] },
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
    ];
  },
};

export default withNextIntl(nextConfig);
