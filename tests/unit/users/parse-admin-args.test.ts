import { describe, expect, it } from "vitest";
import { parseAdminArgs } from "@/lib/users/parse-admin-args";

describe("parseAdminArgs", () => {
  it("reads the email and an optional name, in either form", () => {
    expect(parseAdminArgs(["--email", "a@b.org"])).toEqual({ ok: true, email: "a@b.org", displayName: "Administrator" });
    expect(parseAdminArgs(["--email=a@b.org", "--name", "Nodira"])).toEqual({ ok: true, email: "a@b.org", displayName: "Nodira" });
  });

  it("never takes a password from the command line", () => {
    for (const argv of [["--email", "a@b.org", "--password", "secret secret"], ["--password=secret secret"], ["-p", "x"]]) {
      expect(parseAdminArgs(argv)).toMatchObject({ ok: false, message: expect.stringContaining("ADMIN_PASSWORD") });
    }
  });

  it("refuses a missing email, a flag without a value and unknown flags", () => {
    expect(parseAdminArgs([])).toMatchObject({ ok: false });
    expect(parseAdminArgs(["--email"])).toMatchObject({ ok: false });
    expect(parseAdminArgs(["--email", "a@b.org", "--role", "MEMBER"])).toMatchObject({ ok: false });
  });
});
