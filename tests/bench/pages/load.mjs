import autocannon from "autocannon";

// One autocannon run against one address. autocannon reports p50/p97.5/p99 but not p95, so each
// response's time is also kept from its 'response' event and the percentiles are read from those.

const percentile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);

export async function load(url, { connections, seconds, cookie }) {
  const times = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    // Browsers ask for compression and `next start` gzips, so the server does the work it does for them.
    headers: { "accept-encoding": "gzip, deflate, br", ...(cookie ? { cookie } : {}) },
    // Long enough that a slow answer under load is timed rather than dropped as a timeout.
    timeout: 60,
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
