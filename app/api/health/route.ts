import { checkHealth } from "@/lib/ops/check-health";
import { requestLogger } from "@/lib/log/request-logger";

// For load balancers and orchestrators: 200 when this instance can serve, 503 when it cannot.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const started = performance.now();
  const health = await checkHealth();
  if (!health.ok) {
    const log = await requestLogger({ route: "/api/health" });
    log.warn({ event: "health.failed", ...health, ms: Math.round(performance.now() - started) }, "health check failed");
  }
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
