// Counts what reaches the browser over the network, from Chromium's own DevTools protocol events:
// Network.loadingFinished's encodedDataLength is the bytes received for a request (headers and the
// compressed body, as sent), and a redirect's bytes come with the request that follows it. Answers
// from the memory or disk cache are not on the wire and are not counted. A request cancelled on its
// way (Next aborts prefetches it no longer needs) counts what had arrived: its response headers and
// the Network.dataReceived chunks.

const KINDS = ["js", "html", "css", "other"];

function kindOf({ type, mime = "", url }) {
  if (type === "Script" || mime.includes("javascript")) return "js";
  if (type === "Stylesheet" || mime === "text/css") return "css";
  if (type === "Document" || mime === "text/html" || mime === "text/x-component" || url.includes("_rsc=")) return "html";
  return "other";
}

/** Starts recording a page's network; take() returns what arrived since the last reset(). */
export async function recordNetwork(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  const open = new Map();
  let finished = [];
  let lastEvent = Date.now();
  const touch = () => (lastEvent = Date.now());
  cdp.on("Network.requestWillBeSent", (event) => {
    touch();
    if (event.request.url.startsWith("data:")) return;
    if (event.redirectResponse) finished.push({ ...open.get(event.requestId), bytes: event.redirectResponse.encodedDataLength });
    open.set(event.requestId, { url: event.request.url, type: event.type, fromCache: false, received: 0 });
  });
  cdp.on("Network.requestServedFromCache", (event) => {
    const request = open.get(event.requestId);
    if (request) request.fromCache = true;
  });
  cdp.on("Network.responseReceived", (event) => {
    touch();
    const request = open.get(event.requestId);
    if (!request) return;
    request.mime = event.response.mimeType;
    request.received += event.response.encodedDataLength;
    request.type = event.type;
    if (event.response.fromDiskCache || event.response.fromServiceWorker || event.response.fromPrefetchCache) request.fromCache = true;
  });
  cdp.on("Network.loadingFinished", (event) => {
    touch();
    const request = open.get(event.requestId);
    open.delete(event.requestId);
    if (request && !request.fromCache) finished.push({ ...request, bytes: event.encodedDataLength });
  });
  cdp.on("Network.dataReceived", (event) => {
    const request = open.get(event.requestId);
    if (request) request.received += event.encodedDataLength;
  });
  cdp.on("Network.loadingFailed", (event) => {
    touch();
    const request = open.get(event.requestId);
    open.delete(event.requestId);
    if (request && !request.fromCache && request.received > 0) finished.push({ ...request, bytes: request.received, cancelled: true });
  });
  return {
    reset() {
      finished = [];
    },
    /** Waits until nothing is in flight and the network has been quiet for quietMs (late chunks, prefetches). */
    async settle(quietMs = 1500, timeoutMs = 20_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs && (open.size > 0 || Date.now() - lastEvent < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    take() {
      return summarise(finished);
    },
  };
}

function summarise(requests) {
  const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const request of requests) bytes[kindOf(request)] += request.bytes;
  return { requests: requests.length, total: requests.reduce((sum, r) => sum + r.bytes, 0), bytes, list: requests };
}
