import { describe, expect, it } from "vitest";
import { deliveryState, invitationStatus } from "@/lib/invitations/delivery-state";
import { NO_MAIL_SERVER } from "@/lib/mail/mail-delivery";

const mail = (status: "PENDING" | "SENT" | "FAILED", attempts = 0, lastError: string | null = null, sentAt: Date | null = null) => ({ status, attempts, lastError, sentAt });

describe("deliveryState", () => {
  it("tells queued, retrying, sent, failed and never mailed apart", () => {
    const at = new Date("2026-12-02T08:00:00Z");
    expect(deliveryState(mail("PENDING"))).toEqual({ state: "queued" });
    // Claimed (attempt counted) but not answered yet: still just queued.
    expect(deliveryState(mail("PENDING", 1))).toEqual({ state: "queued" });
    expect(deliveryState(mail("PENDING", 3, "421 busy"))).toEqual({ state: "retrying", attempts: 3 });
    expect(deliveryState(mail("SENT", 1, null, at))).toEqual({ state: "sent", sentAt: at });
    expect(deliveryState(mail("FAILED", 8, "550 no such user"))).toEqual({ state: "failed" });
    expect(deliveryState(mail("FAILED", 0, NO_MAIL_SERVER))).toEqual({ state: "notMailed" });
    expect(deliveryState(undefined)).toEqual({ state: "notMailed" });
  });
});

describe("invitationStatus", () => {
  const now = new Date("2026-12-02T08:00:00Z");
  const later = new Date("2026-12-10T08:00:00Z");
  it("puts accepted before replaced before expired", () => {
    expect(invitationStatus({ acceptedAt: now, revokedAt: null, expiresAt: now }, now)).toBe("accepted");
    expect(invitationStatus({ acceptedAt: null, revokedAt: now, expiresAt: later }, now)).toBe("replaced");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("open");
  });
});
