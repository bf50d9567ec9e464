import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { invitableRoles } from "@/lib/auth/permissions";
import { listMyInvitations } from "@/lib/invitations/list-invitations";
import { InvitationForm } from "./_components/invitation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationsPage() {
  const user = await requirePageUser("invitations:create", "/invitations");
  const t = await getTranslations("invitations");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  const sent = await listMyInvitations();
  const now = new Date();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <InvitationForm roles={invitableRoles(user.role).map((role) => ({ value: role, label: tr(role) }))} />
      <section>
        <h2 className="text-xl font-semibold">{t("sent")}</h2>
        {sent.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <table className="mt-2 w-full text-start text-sm">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 text-start">{t("email")}</th>
                <th scope="col" className="py-2 text-start">{t("role")}</th>
                <th scope="col" className="py-2 text-start">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {sent.map((invitation) => (
                <tr key={invitation.id} className="border-b border-slate-100">
                  <td className="py-2">{invitation.email}</td>
                  <td className="py-2">{tr(invitation.role)}</td>
                  <td className="py-2">
                    {invitation.acceptedAt
                      ? t("accepted")
                      : invitation.expiresAt <= now
                        ? t("expired")
                        : t("pendingUntil", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
