# syntax=docker/dockerfile:1
# The course as a container: a multi-stage build of Next's standalone server, run as a non-root
# user. Configure it with environment variables (README, "Running in production"); with
# DATABASE_URL unset it uses the embedded database in /app/data, so mount a volume there.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
# postinstall runs `prisma generate`, which needs only a stub in place of the schema engine.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/lib/generated ./lib/generated
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 DATABASE_DIR=/app/data/pglite OUTBOX_DIR=/app/data/outbox
RUN groupadd --system --gid 1001 course && useradd --system --uid 1001 --gid course course \
 && mkdir -p /app/data && chown course:course /app/data
# The standalone server traces what it needs, including content/, prisma/migrations/ and PGlite's
# wasm (next.config.mjs); static assets and public/ are copied beside it as Next expects.
COPY --from=build --chown=course:course /app/.next/standalone ./
COPY --from=build --chown=course:course /app/.next/static ./.next/static
COPY --from=build --chown=course:course /app/public ./public
USER course
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node as PID 1 receives docker stop's SIGTERM; the server stops taking requests, finishes the
# ones in flight and closes the database (lib/db/shutdown.ts).
CMD ["node", "server.js"]
