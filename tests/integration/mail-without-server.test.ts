import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { listMyInvitations } from "@/lib/invitations/list-invitations";
import { createOutboxWorker } from "@/lib/mail/outbox-worker";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

// Production with no SMTP_URL and no OUTBOX_DIR (see mailDelivery()).
vi.mock("@/lib/mail/mail-delivery", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mail/mail-delivery")>()),
  mailDelivery: () => "none",
}));

afterEach(() => signInAs(null));

describe("in production without a mail server", () => {
  it("shows the link once, stores nothing that carries it, and tells the inviter why", async () => {
    const trainer = await createUser("TRAINER");
    signInAs(trainer.id);
    const email = `nomail-${randomUUID()}@test.local`;
    const result = await createInvitation({ email, role: "MEMBER" });
    expect(result).toMatchObject({ ok: true, mailed: false });
    const token = result.ok ? result.link!.split("/").pop()! : "";
    expect(await findInvitation(token)).toMatchObject({ state: "new", email });

    const prisma = await db();
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail).toMatchObject({ status: "FAILED", body: null, lastError: "no mail server" });
    const sent: string[] = [];
    await createOutboxWorker(prisma, { transport: async (m) => void sent.push(m.to) }).runOnce();
    expect(sent).not.toContain(email);
    expect((await listMyInvitations()).find((i) => i.email === email)?.delivery).toEqual({ state: "notMailed" });
  });
});
