import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from "./retry-delay";
import type { Mail } from "./send-mail";

// Why a worker of our own over the OutboxMail table, and not pg-boss or graphile-worker: pg-boss
// needs a socket bridge in front of PGlite and a pinned PGlite version, graphile-worker stalls on
// PGlite, and both add their own schema beside ours. The outbox already is the queue: the mail is
// written in the invitation's own transaction, and one statement (below) claims a batch on
// PostgreSQL and on PGlite alike. FOR UPDATE SKIP LOCKED lets two app instances on one PostgreSQL
// claim disjoint rows; the lease (lockedUntil) hands a row back if its process dies mid-send; the
// attempt is counted when claimed, so a message that crashes the sender is not retried forever.

export type MailTransport = (mail: Mail) => Promise<void>;
export type OutboxRun = { sent: number; retried: number; failed: number };
export type OutboxWorker = {
  /** Claims one batch of due messages and sends them. Tests drive the worker with it. */
  runOnce(): Promise<OutboxRun>;
  /** Runs at once (or right after the run in progress), e.g. after a transaction enqueued mail. */
  poke(): void;
  /** Polls every pollMs, for retries that come due and mail another instance enqueued. */
  start(): void;
  /** Clears the timer and waits for the batch in progress. */
  stop(): Promise<void>;
};
export type OutboxWorkerOptions = {
  transport: MailTransport;
  batchSize?: number;
  leaseMs?: number;
  pollMs?: number;
  clock?: () => Date;
  onError?: (error: unknown) => void;
};

type Claimed = { id: string; toAddress: string; subject: string; body: string | null; attempts: number };

// Timestamps travel as ISO text cast to timestamp(3): the columns hold UTC without a zone, as
// Prisma writes them, and the cast ignores the "Z", whatever the session's time zone.
const CLAIM = `
  WITH due AS (
    SELECT "id" FROM "OutboxMail"
    WHERE "status" = 'PENDING' AND "nextAttemptAt" <= $1::timestamp(3)
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= $1::timestamp(3))
    ORDER BY "nextAttemptAt"
    LIMIT $3
    FOR UPDATE SKIP LOCKED
  )
  UPDATE "OutboxMail" AS m SET "lockedUntil" = $2::timestamp(3), "attempts" = m."attempts" + 1
  FROM due WHERE m."id" = due."id"
  RETURNING m."id", m."toAddress", m."subject", m."body", m."attempts"`;

// Each outcome is written only while this worker still holds the lease it claimed with: if the
// lease ran out and another worker took the row, this one's late answer changes nothing.
const SENT = `
  UPDATE "OutboxMail" SET "status" = 'SENT', "body" = NULL, "sentAt" = $2::timestamp(3), "lockedUntil" = NULL, "lastError" = NULL
  WHERE "id" = $1 AND "lockedUntil" = $3::timestamp(3)`;
const RETRY = `
  UPDATE "OutboxMail" SET "nextAttemptAt" = $2::timestamp(3), "lockedUntil" = NULL, "lastError" = $4
  WHERE "id" = $1 AND "lockedUntil" = $3::timestamp(3)`;
// A message given up keeps no body: its link will never be used, and a resend makes a new one.
const GIVE_UP = `
  UPDATE "OutboxMail" SET "status" = 'FAILED', "body" = NULL, "lockedUntil" = NULL, "lastError" = $3
  WHERE "id" = $1 AND "lockedUntil" = $2::timestamp(3)`;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

export function createOutboxWorker(prisma: PrismaClient, options: OutboxWorkerOptions): OutboxWorker {
  const { transport, batchSize = 20, leaseMs = 5 * 60_000, pollMs = 5_000, clock = () => new Date(), onError = () => undefined } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let started = false;

  async function deliver(mail: Claimed, lease: string, outcome: OutboxRun) {
    try {
      if (mail.body === null) throw new Error("the message has no body");
      await transport({ to: mail.toAddress, subject: mail.subject, text: mail.body });
    } catch (error) {
      if (mail.attempts >= MAX_MAIL_ATTEMPTS) {
        await prisma.$executeRawUnsafe(GIVE_UP, mail.id, lease, errorText(error));
        outcome.failed += 1;
      } else {
        const next = new Date(clock().getTime() + retryDelayMs(mail.attempts)).toISOString();
        await prisma.$executeRawUnsafe(RETRY, mail.id, next, lease, errorText(error));
        outcome.retried += 1;
      }
      return;
    }
    await prisma.$executeRawUnsafe(SENT, mail.id, clock().toISOString(), lease);
    outcome.sent += 1;
  }

  async function runOnce(): Promise<OutboxRun> {
    const now = clock();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    const claimed = await prisma.$queryRawUnsafe<Claimed[]>(CLAIM, now.toISOString(), lease, batchSize);
    const outcome: OutboxRun = { sent: 0, retried: 0, failed: 0 };
    // One at a time: a mail server that refuses bursts is not hit with twenty connections.
    for (const mail of claimed) await deliver({ ...mail, attempts: Number(mail.attempts) }, lease, outcome);
    return outcome;
  }

  // Keeps claiming while batches come back full, so a 5,000-row import drains without waiting for
  // the poll; errors (a database hiccup) are reported and the next poll tries again.
  async function drain() {
    do {
      again = false;
      try {
        const outcome = await runOnce();
        if (outcome.sent + outcome.retried + outcome.failed >= batchSize) again = true;
      } catch (error) {
        onError(error);
      }
    } while (again && started);
  }

  function poke() {
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
    });
  }

  function schedule() {
    if (!started) return;
    timer = setTimeout(() => {
      poke();
      schedule();
    }, pollMs);
    // The worker never keeps a process alive on its own (a script, a test, a server shutting down).
    timer.unref();
  }

  return {
    runOnce,
    poke,
    start() {
      if (started) return;
      started = true;
      poke();
      schedule();
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      await running;
    },
  };
}
