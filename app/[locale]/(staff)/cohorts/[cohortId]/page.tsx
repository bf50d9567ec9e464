import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getCohortProgress } from "@/lib/cohorts/cohort-progress";
import { PREFERRED_LANGUAGES } from "@/lib/cohorts/roster";
import { cohortIdSchema } from "@/lib/cohorts/schemas";
import { MEMBER_SORTS, memberSortSchema } from "@/lib/cohorts/sort-members";
import { getCourse } from "@/lib/content/course";
import { NotFoundError } from "@/lib/errors";
import { listCohortInvitations } from "@/lib/invitations/list-cohort-invitations";
import { SECTORS } from "@/lib/invitations/schemas";
import { InvitationTable } from "../../_components/invitation-table";
import { removeAssignmentAction, setArchivedAction } from "../actions";
import { AddTrainerForm } from "../_components/add-trainer-form";
import { AssignForm } from "../_components/assign-form";
import { EnrolForm } from "../_components/enrol-form";
import { ProgressCell } from "../_components/progress-cell";

type Props = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ sort?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cohorts"))("title") };
}

async function load(cohortId: string, sort: string | undefined) {
  if (!cohortIdSchema.safeParse(cohortId).success) notFound();
  try {
    return await getCohortProgress(cohortId, memberSortSchema.parse(sort));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function CohortPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const { sort } = await searchParams;
  const user = await requirePageUser("cohorts:manage-own", `/cohorts/${cohortId}`);
  const data = await load(cohortId, sort);
  const invitations = await listCohortInvitations(data.cohort.id);
  const t = await getTranslations("cohorts");
  const tc = await getTranslations("countries");
  const tl = await getTranslations("languages");
  const ts = await getTranslations("sectors");
  const format = await getFormatter();
  const course = await getCourse(await getLocale());
  const { cohort } = data;
  const activeSort = memberSortSchema.parse(sort);
  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/cohorts" className="underline">
          {t("title")}
        </Link>
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">
          {cohort.name}
          {cohort.archivedAt && <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 align-middle text-sm">{t("archived")}</span>}
        </h1>
        <p className="text-slate-600">
          {tc(cohort.countryCode)} · {tl(cohort.locale)} · {t("trainers")}: {data.trainers.map((trainer) => trainer.displayName).join(", ")}
        </p>
        <form action={setArchivedAction}>
          <input type="hidden" name="cohortId" value={cohort.id} />
          <input type="hidden" name="archived" value={cohort.archivedAt ? "false" : "true"} />
          <button type="submit" className="text-sm underline">
            {cohort.archivedAt ? t("unarchive") : t("archive")}
          </button>
        </form>
      </div>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("progress")}</h2>
        {data.members.length === 0 ? (
          <p>{t("noMembers")}</p>
        ) : (
          <>
            <p className="text-sm">
              {t("sortBy")}{" "}
              {MEMBER_SORTS.map((option) => (
                <Link
                  key={option}
                  href={`?sort=${option}`}
                  aria-current={activeSort === option ? "true" : undefined}
                  className="me-3 underline aria-[current=true]:font-bold aria-[current=true]:no-underline"
                >
                  {t(`sort.${option}`)}
                </Link>
              ))}
            </p>
            <div className="overflow-x-auto">
              <table className="w-full min-w-max text-sm">
                <thead>
                  <tr className="border-b text-start">
                    <th scope="col" className="py-2 pe-3 text-start">{t("member")}</th>
                    {data.modules.map((module) => (
                      <th key={module.slug} scope="col" className="py-2 pe-3 text-start">
                        {module.title}
                        {module.dueOn && (
                          <span className="block font-normal text-slate-600">
                            {t("due", { date: format.dateTime(module.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                          </span>
                        )}
                      </th>
                    ))}
                    <th scope="col" className="py-2 text-start">{t("lastActivity")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.members.map((member) => (
                    <tr key={member.userId} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pe-3 text-start font-normal">
                        <Link href={`/cohorts/${cohort.id}/members/${member.userId}`} className="underline">
                          {member.displayName}
                        </Link>
                        {tl.has(member.locale.split("-")[0]!) && <span className="block text-xs text-slate-600">{tl(member.locale.split("-")[0]!)}</span>}
                        {!member.activated && <span className="block text-xs text-slate-600">{t("invitedNotJoined")}</span>}
                        {member.overdueCount > 0 && <span className="block text-xs font-medium text-red-700">{t("overdueCount", { count: member.overdueCount })}</span>}
                      </th>
                      {data.modules.map((module) => (
                        <td key={module.slug} className="py-2 pe-3">
                          <ProgressCell state={member.modules[module.slug]!} />
                        </td>
                      ))}
                      <td className="py-2">{member.lastActivity ? format.dateTime(member.lastActivity, { dateStyle: "medium" }) : t("never")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {invitations.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("openInvitations")}</h2>
          <p className="text-sm text-slate-600">{t("openInvitationsHelp")}</p>
          <InvitationTable invitations={invitations} showRole={false} />
        </section>
      )}

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("assignments")}</h2>
        {data.modules.length > 0 && (
          <ul className="space-y-2">
            {data.modules.map((module) => (
              <li key={module.slug} className="flex flex-wrap items-center gap-3">
                <span>
                  {module.title}
                  {module.dueOn && <> · {t("due", { date: format.dateTime(module.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}</>}
                </span>
                {can(user.role, "guides:read") && (
                  <Link href={`/guides/${module.slug}`} className="text-sm underline" aria-label={t("guideOf", { module: module.title })}>
                    {t("guide")}
                  </Link>
                )}
                <form action={removeAssignmentAction}>
                  <input type="hidden" name="cohortId" value={cohort.id} />
                  <input type="hidden" name="moduleSlug" value={module.slug} />
                  <button type="submit" className="text-sm underline" aria-label={t("removeAssignmentOf", { module: module.title })}>
                    {t("removeAssignment")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        {can(user.role, "guides:read") && (
          <p className="text-sm">
            <Link href="/guides" className="underline">
              {t("guidesLink")}
            </Link>
          </p>
        )}
        <AssignForm cohortId={cohort.id} modules={course.modules.map((m) => ({ value: m.slug, label: m.frontmatter.title }))} />
      </section>

      {!cohort.archivedAt && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("enrol")}</h2>
          <EnrolForm
            cohortId={cohort.id}
            sectors={SECTORS.map((s) => ({ value: s, label: ts(s) }))}
            languages={PREFERRED_LANGUAGES.map((code) => ({ value: code, label: tl(code) }))}
          />
        </section>
      )}

      {can(user.role, "cohorts:manage-all") && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("addTrainer")}</h2>
          <AddTrainerForm cohortId={cohort.id} />
        </section>
      )}
    </div>
  );
}
