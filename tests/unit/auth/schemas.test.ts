import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schemas";
import { acceptInvitationSchema, createInvitationSchema } from "@/lib/invitations/schemas";

const token = "a".repeat(43);
const valid = { token, displayName: "Nargis", password: "long enough pass", confirmPassword: "long enough pass" };

describe("form schemas", () => {
  it("normalises email and rejects bad ones with a catalog key", () => {
    expect(signInSchema.parse({ email: "  Someone@Example.ORG ", password: "x" }).email).toBe("someone@example.org");
    const bad = signInSchema.safeParse({ email: "not-an-email", password: "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("emailInvalid");
  });

  it("accepts a minimal invitation acceptance and treats empty optional fields as absent", () => {
    const parsed = acceptInvitationSchema.parse({ ...valid, countryCode: "", sector: "", organisation: "" });
    expect(parsed.countryCode).toBeUndefined();
    expect(parsed.organisation).toBeUndefined();
    expect(parsed.locale).toBe("en");
  });

  it("reports each bad field by name", () => {
    const result = acceptInvitationSchema.safeParse({ ...valid, password: "short", confirmPassword: "other", countryCode: "FR", displayName: "A" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(byField).toMatchObject({ password: "passwordTooShort", countryCode: "invalidChoice", displayName: "displayNameLength" });
  });

  it("rejects mismatched passwords on the confirmation field", () => {
    const result = acceptInvitationSchema.safeParse({ ...valid, confirmPassword: "different password" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["confirmPassword"], message: "passwordsDiffer" })]);
  });

  it("rejects unknown roles and malformed tokens", () => {
    expect(createInvitationSchema.safeParse({ email: "a@b.org", role: "ROOT" }).success).toBe(false);
    expect(acceptInvitationSchema.safeParse({ ...valid, token: "../../etc" }).success).toBe(false);
  });
});
