import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCohort } from "@/lib/cohorts/create-cohort";
import { enrolRoster } from "@/lib/cohorts/enrol-members";
import { db } from "@/lib/db/client";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { createOutboxWorker, type MailTransport } from "@/lib/mail/outbox-worker";
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from "@/lib/mail/retry-delay";
import type { Mail } from "@/lib/mail/send-mail";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

// Lets a test make the outbox write fail inside the invitation's transaction.
const failing = vi.hoisted(() => ({ enqueue: false }));
vi.mock("@/lib/mail/enqueue-mails", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/mail/enqueue-mails")>();
  return {
    enqueueMails: async (...args: Parameters<typeof original.enqueueMails>) => {
      if (failing.enqueue) throw new Error("outbox write failed");
      return original.enqueueMails(...args);
    },
  };
});

afterEach(() => {
  failing.enqueue = false;
  signInAs(null);
});

// The workers here run on a clock in the year 2000 and the test's own messages are due then: on a
// shared PostgreSQL database, messages other test files queue (due now) are never theirs to send.
const T0 = new Date("2000-01-01T00:00:00.000Z");
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const address = () => `outbox-${randomUUID()}@test.local`;

async function queue(count: number) {
  const prisma = await db();
  const to = Array.from({ length: count }, address);
  const ids = await prisma.$transaction(async (tx) => Promise.all(to.map((a) => enqueueMail(tx, { to: a, subject: "Invitation", text: `link for ${a}` }))));
  await prisma.outboxMail.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: T0 } });
  return { ids, to };
}

/** Records what it sends; fails the first `failures` tries per address. */
function fakeTransport(failures = 0) {
  const tries = new Map<string, number>();
  const delivered: Mail[] = [];
  const transport: MailTransport = async (mail) => {
    const n = (tries.get(mail.to) ?? 0) + 1;
    tries.set(mail.to, n);
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (n <= failures) throw new Error("421 Service not available, try again later");
    delivered.push(mail);
  };
  return { transport, tries, delivered };
}

describe("writing mail with what it carries", () => {
  it("rolls back the invitation when its mail cannot be queued", async () => {
    signInAs((await createUser("TRAINER")).id);
    const email = address();
    failing.enqueue = true;
    await expect(createInvitation({ email, role: "MEMBER" })).rejects.toThrow("outbox write failed");
    const prisma = await db();
    expect(await prisma.invitation.count({ where: { email } })).toBe(0);
    expect(await prisma.outboxMail.count({ where: { toAddress: email } })).toBe(0);
  });

  it("writes nothing of a roster when the mail cannot be queued", async () => {
    const trainer = await createUser("TRAINER");
    signInAs(trainer.id);
    const cohort = await createCohort({ name: `Outbox ${randomUUID().slice(0, 8)}`, countryCode: "TJ", locale: "ru" });
    if (!cohort.ok) throw new Error(JSON.stringify(cohort));
    const rows = Array.from({ length: 50 }, (_, i) => `${address()},Member ${i}`);
    failing.enqueue = true;
    await expect(enrolRoster(cohort.id, ["email,name", ...rows].join("\n"))).rejects.toThrow("outbox write failed");
    const prisma = await db();
    expect(await prisma.invitation.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { actorId: trainer.id, action: "cohort.roster-imported" } })).toBe(0);
    failing.enqueue = false;
    expect(await enrolRoster(cohort.id, ["email,name", ...rows].join("\n"))).toMatchObject({ ok: true, invited: 50 });
    expect(await prisma.outboxMail.count({ where: { invitation: { cohortId: cohort.id } } })).toBe(50);
  });
});

describe("the outbox worker", () => {
  it("retries after a mail server error with growing waits, then sends once and clears the body", async () => {
    const prisma = await db();
    const { ids: [id], to: [to] } = await queue(1);
    const fake = fakeTransport(2);
    const run = (ms: number) => createOutboxWorker(prisma, { transport: fake.transport, clock: at(ms) }).runOnce();

    await run(0);
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      nextAttemptAt: new Date(T0.getTime() + retryDelayMs(1)),
      lockedUntil: null,
      lastError: "421 Service not available, try again later",
      body: `link for ${to}`,
    });
    await run(retryDelayMs(1) - 1);
    expect(fake.tries.get(to!)).toBe(1);
    await run(retryDelayMs(1));
    expect(fake.tries.get(to!)).toBe(2);
    expect((await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).nextAttemptAt).toEqual(new Date(T0.getTime() + retryDelayMs(1) + retryDelayMs(2)));
    await run(retryDelayMs(1) + retryDelayMs(2));
    const sent = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 3, body: null, lastError: null, lockedUntil: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    await run(24 * 60 * 60_000);
    expect(fake.delivered.filter((mail) => mail.to === to)).toEqual([{ to, subject: "Invitation", text: `link for ${to}` }]);
  });

  it(`gives a message up after ${MAX_MAIL_ATTEMPTS} failed attempts and keeps no body`, async () => {
    const prisma = await db();
    const { ids: [id] } = await queue(1);
    const fake = fakeTransport(Infinity);
    let clock = 0;
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS + 2; attempt += 1) {
      await createOutboxWorker(prisma, { transport: fake.transport, clock: at(clock) }).runOnce();
      clock += retryDelayMs(attempt);
    }
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: MAX_MAIL_ATTEMPTS, body: null });
    expect([...fake.tries.values()]).toContain(MAX_MAIL_ATTEMPTS);
    expect(fake.delivered).toEqual([]);
  });

  it("hands a message back when its worker died mid-send (the lease runs out)", async () => {
    const prisma = await db();
    const { ids: [id], to: [to] } = await queue(1);
    const lost = createOutboxWorker(prisma, { transport: () => new Promise(() => undefined), clock: at(0), leaseMs: 60_000 });
    void lost.runOnce(); // never finishes: the process "died" while talking to the mail server
    await vi.waitFor(async () => expect((await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).lockedUntil).not.toBeNull());
    const fake = fakeTransport();
    await createOutboxWorker(prisma, { transport: fake.transport, clock: at(59_999) }).runOnce();
    expect(fake.tries.get(to!)).toBeUndefined();
    await createOutboxWorker(prisma, { transport: fake.transport, clock: at(60_000) }).runOnce();
    expect(fake.delivered.map((mail) => mail.to)).toEqual([to]);
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("sends each message once when two workers race over the same rows", async () => {
    const prisma = await db();
    const { ids, to } = await queue(60);
    const fake = fakeTransport();
    const a = createOutboxWorker(prisma, { transport: fake.transport, clock: at(0), batchSize: 7 });
    const b = createOutboxWorker(prisma, { transport: fake.transport, clock: at(0), batchSize: 7 });
    const mine = new Set(to);
    for (let round = 0; round < 12; round += 1) await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    const sends = fake.delivered.filter((mail) => mine.has(mail.to)).map((mail) => mail.to);
    expect(sends).toHaveLength(60);
    expect(new Set(sends).size).toBe(60);
    expect(await prisma.outboxMail.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(60);
  });

  it("runs in the background when started, sends when poked, and stops cleanly", async () => {
    const prisma = await db();
    const fake = fakeTransport();
    const worker = createOutboxWorker(prisma, { transport: fake.transport, clock: at(0), pollMs: 60_000 });
    worker.start();
    const { to } = await queue(3);
    worker.poke();
    await vi.waitFor(() => expect(fake.delivered.filter((mail) => to.includes(mail.to))).toHaveLength(3));
    await worker.stop();
    const { ids: later } = await queue(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await prisma.outboxMail.findUniqueOrThrow({ where: { id: later[0] } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});
