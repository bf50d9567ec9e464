import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mailDelivery } from "./mail-delivery";
import { createOutboxWorker, type OutboxWorker } from "./outbox-worker";
import { sendMail } from "./send-mail";

// The one outbox worker of a server process, kept on globalThis so a hot reload in development
// does not start a second. Three small functions over one piece of state, hence one file.
const holder = globalThis as { __mailWorker?: OutboxWorker };

/**
 * Called once when the database opens (lib/db/client.ts); returns the client unchanged. Starts
 * only in a server process (`next start` / `next dev` set NEXT_RUNTIME): never in a test, which
 * drives its own worker with a fake transport, nor in the seed and migrate scripts; and not when
 * there is nowhere to send (production without a mail server queues nothing sendable).
 */
export function startMailWorker(prisma: PrismaClient): PrismaClient {
  if (holder.__mailWorker || env.NODE_ENV === "test" || env.NEXT_RUNTIME !== "nodejs" || mailDelivery() === "none") return prisma;
  const worker = createOutboxWorker(prisma, {
    transport: sendMail,
    onError: (error) => console.error("Outbox worker:", error instanceof Error ? error.message : error),
  });
  holder.__mailWorker = worker;
  worker.start();
  return prisma;
}

/** After a transaction that queued mail has committed: send now rather than at the next poll. */
export function pokeMailWorker(): void {
  holder.__mailWorker?.poke();
}

/** Stops the timer and waits for the message being sent. */
export async function stopMailWorker(): Promise<void> {
  const worker = holder.__mailWorker;
  holder.__mailWorker = undefined;
  await worker?.stop();
}
