import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { invitableRoles } from "@/lib/auth/permissions";
import { listMyInvitations } from "@/lib/invitations/list-invitations";
import { InvitationTable } from "../_components/invitation-table";
import { InvitationForm } from "./_components/invitation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationsPage() {
  const user = await requirePageUser("invitations:create", "/invitations");
  const t = await getTranslations("invitations");
  const tr = await getTranslations("roles");
  const sent = await listMyInvitations();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <InvitationForm roles={invitableRoles(user.role).map((role) => ({ value: role, label: tr(role) }))} />
      <section>
        <h2 className="text-xl font-semibold">{t("sent")}</h2>
        {sent.length === 0 ? <p className="text-slate-600">{t("none")}</p> : <InvitationTable invitations={sent} showRole />}
      </section>
    </div>
  );
}
