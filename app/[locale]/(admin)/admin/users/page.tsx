import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { ROLES } from "@/lib/invitations/schemas";
import { listUsers } from "@/lib/users/list-users";
import { AccessForm } from "./_components/access-form";
import { RoleForm } from "./_components/role-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const admin = await requirePageUser("users:manage-roles", "/admin/users");
  const t = await getTranslations("users");
  const tr = await getTranslations("roles");
  const users = await listUsers();
  const roles = ROLES.map((role) => ({ value: role, label: tr(role) }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2 text-start">{t("name")}</th>
            <th scope="col" className="py-2 text-start">{t("email")}</th>
            <th scope="col" className="py-2 text-start">{t("role")}</th>
            <th scope="col" className="py-2 text-start">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-100">
              <td className="py-2">{user.displayName}</td>
              <td className="py-2">{user.email}</td>
              <td className="py-2">
                {user.id === admin.id ? tr(user.role) : <RoleForm userId={user.id} role={user.role} roles={roles} name={user.displayName} />}
              </td>
              <td className="space-y-1 py-2">
                <p>{user.deactivatedAt ? t("deactivated") : t("active")}</p>
                {user.id === admin.id ? (
                  <p className="text-xs text-slate-600">{t("you")}</p>
                ) : (
                  <AccessForm userId={user.id} name={user.displayName} active={!user.deactivatedAt} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
