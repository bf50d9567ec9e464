import { z } from "zod";
import { contentSlug } from "@/lib/progress/schemas";
import { recordId } from "@/lib/validation";

// One item of a member's offline queue, as her device sends it to POST /api/offline/sync. The
// device makes `clientId` (crypto.randomUUID()) when she acts and sends the item unchanged on every
// retry; `doneAt` is when she acted, by her device's clock, kept for information only.

const clientId = z.uuidv4().transform((id) => id.toLowerCase());
const doneAt = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(100);
// A final check shows 6 to a few dozen questions; the answers are checked against her draw later.
const answers = z.record(id, id).refine((value) => Object.keys(value).length <= 100, { message: "Too many answers." });

export const offlineSendSchema = z.discriminatedUnion("kind", [
  z.object({ clientId, kind: z.literal("complete-lesson"), moduleSlug: contentSlug, lessonSlug: contentSlug, doneAt }),
  z.object({ clientId, kind: z.literal("submit-final-check"), moduleSlug: contentSlug, drawId: recordId, answers, doneAt }),
]);

export type OfflineSend = z.infer<typeof offlineSendSchema>;
