import { describe, expect, it } from "vitest";
import { clearsSiteData } from "@/lib/offline/clear-site-data";

const sameOrigin = new Headers({ "sec-fetch-site": "same-origin" });

describe("clearsSiteData", () => {
  it("clears on the app's own sign-out POST", () => {
    expect(clearsSiteData("POST", "/api/auth/signout", sameOrigin)).toBe(true);
  });

  it("does not clear for another site's form, a request that does not say where it comes from, a GET or another path", () => {
    expect(clearsSiteData("POST", "/api/auth/signout", new Headers({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(clearsSiteData("POST", "/api/auth/signout", new Headers())).toBe(false);
    expect(clearsSiteData("GET", "/api/auth/signout", sameOrigin)).toBe(false);
    expect(clearsSiteData("POST", "/api/auth/callback/credentials", sameOrigin)).toBe(false);
  });
});
