import type { Role } from "@/lib/generated/prisma/enums";
import { deliveryState, invitationStatus, type Delivery, type InvitationStatus } from "./delivery-state";

export type InvitationView = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  status: InvitationStatus;
  delivery: Delivery;
};

/** The select the invitation lists share: the row and its newest mail. */
export const INVITATION_VIEW = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  mails: { orderBy: { createdAt: "desc" as const }, take: 1, select: { status: true, attempts: true, lastError: true, sentAt: true } },
};

type Row = { id: string; email: string; role: Role; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; mails: Parameters<typeof deliveryState>[0][] };

export function toInvitationView(row: Row, now: Date): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt,
    status: invitationStatus(row, now),
    delivery: deliveryState(row.mails[0]),
  };
}
