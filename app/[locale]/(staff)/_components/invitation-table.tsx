import { getFormatter, getTranslations } from "next-intl/server";
import type { InvitationView } from "@/lib/invitations/invitation-view";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/retry-delay";
import { ResendButton } from "./resend-button";

/** Invitations with what became of each (accepted, open, expired) and of its mail, and a resend. */
export async function InvitationTable({ invitations, showRole }: { invitations: InvitationView[]; showRole: boolean }) {
  const t = await getTranslations("invitations");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const delivery = (invitation: InvitationView) => {
    const mail = invitation.delivery;
    if (mail.state === "sent") return t("delivery.sent", { date: date(mail.sentAt) });
    if (mail.state === "retrying") return t("delivery.retrying", { attempts: mail.attempts, max: MAX_MAIL_ATTEMPTS });
    return t(`delivery.${mail.state}`);
  };
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full min-w-max text-start text-sm" data-testid="invitations">
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2 pe-3 text-start">{t("email")}</th>
            {showRole && <th scope="col" className="py-2 pe-3 text-start">{t("role")}</th>}
            <th scope="col" className="py-2 pe-3 text-start">{t("status")}</th>
            <th scope="col" className="py-2 pe-3 text-start">{t("mail")}</th>
            <th scope="col" className="py-2 text-start"><span className="sr-only">{t("resend")}</span></th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pe-3">{invitation.email}</td>
              {showRole && <td className="py-2 pe-3">{tr(invitation.role)}</td>}
              <td className="py-2 pe-3">
                {invitation.status === "open" ? t("pendingUntil", { date: date(invitation.expiresAt) }) : t(invitation.status)}
              </td>
              <td className="max-w-xs py-2 pe-3">{invitation.status === "accepted" ? "–" : delivery(invitation)}</td>
              <td className="py-2">{invitation.status !== "accepted" && <ResendButton invitationId={invitation.id} email={invitation.email} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
