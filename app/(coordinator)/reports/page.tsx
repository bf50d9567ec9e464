import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getModuleOverview } from "@/lib/reports/module-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage() {
  await requirePageUser("reports:read", "/reports");
  const t = await getTranslations("reports");
  const rows = await getModuleOverview();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <table className="w-full text-sm">
        <caption className="mb-2 text-start text-slate-600">{t("caption")}</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2 text-start">{t("module")}</th>
            <th scope="col" className="py-2 text-end">{t("started")}</th>
            <th scope="col" className="py-2 text-end">{t("completed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className="border-b border-slate-100">
              <th scope="row" className="py-2 text-start font-normal">{row.title}</th>
              <td className="py-2 text-end tabular-nums">{row.started}</td>
              <td className="py-2 text-end tabular-nums">{row.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
