import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

describe("clientAddress", () => {
  it("takes the address the nearest trusted proxy saw, ignoring what the client wrote before it", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 203.0.113.7" };
    expect(clientAddress(headers, 1)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2" }, 2)).toBe("203.0.113.7");
    expect(clientAddress(new Headers(headers), 1)).toBe("203.0.113.7");
  });

  it("without a proxy, takes the one address next start recorded", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" }, 0)).toBe("::ffff:127.0.0.1");
  });

  it("copes with missing headers and with fewer hops than proxies", () => {
    expect(clientAddress({}, 1)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": " , " }, 0)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 3)).toBe("203.0.113.7");
  });
});
