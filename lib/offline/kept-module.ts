import { createHash } from "node:crypto";
import { requirePermission } from "@/lib/auth/current-user";
import { findModule, getCourse } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import type { Check } from "@/lib/content/schemas";
import { NotFoundError } from "@/lib/errors";
import { FINAL_CHECK } from "@/lib/progress/constants";
import { moduleRefSchema } from "@/lib/progress/schemas";

// What a member's device fetches to keep a module for offline study ("Keep for offline" on the
// module page, components/offline/keep-module-panel.tsx). The final check's draw comes separately
// (prepare-final-check.ts), since drawing it starts her attempt.

/** What a device keeps for one module, besides its final check. */
export type KeptModuleManifest = {
  moduleSlug: string;
  title: string;
  /** Changes whenever anything kept changes: a device holding another version fetches it again. */
  version: string;
  /** The addresses of the pages to keep: the module page, its lessons and the glossary. */
  pages: string[];
  /** The practice checks with their answers and feedback, to mark them on the device offline. */
  practiceChecks: Record<string, Check>;
};

/** The module's content version: its overview, lessons, checks and glossary. */
export function moduleContentVersion(module: CourseModule): string {
  const parts = [
    module.overview,
    JSON.stringify(module.frontmatter),
    ...module.lessons.map((lesson) => `${lesson.slug}:${lesson.version}`),
    ...Object.entries(module.checks).map(([id, check]) => `${id}:${check.version}`),
    JSON.stringify(module.glossary),
    JSON.stringify(module.scenarios),
    JSON.stringify(module.risks),
  ];
  return createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
}

/**
 * What her device keeps, in `locale` (the language she studies in): a kept module's version differs
 * per language, so after she switches language her kept modules are fetched again in the new one.
 */
export async function keptModuleManifest(moduleSlug: unknown, locale = "en"): Promise<KeptModuleManifest> {
  await requirePermission("learning:study");
  const ref = moduleRefSchema.safeParse({ moduleSlug });
  const module = ref.success ? await findModule(ref.data.moduleSlug, locale) : undefined;
  if (!module) throw new NotFoundError("This module");
  const practiceChecks = Object.fromEntries(
    Object.entries(module.checks)
      .filter(([id]) => id !== FINAL_CHECK)
      .map(([id, { version: _version, ...check }]) => [id, check]),
  );
  return {
    moduleSlug: module.slug,
    title: module.frontmatter.title,
    version: moduleContentVersion(module),
    pages: [`/learn/${module.slug}`, ...module.lessons.map((lesson) => `/learn/${module.slug}/${lesson.slug}`), "/glossary"],
    practiceChecks,
  };
}

/** Every module's content version in `locale`, for a device to find which of its kept modules are out of date. */
export async function moduleContentVersions(locale = "en"): Promise<Record<string, string>> {
  await requirePermission("learning:study");
  return Object.fromEntries((await getCourse(locale)).modules.map((module) => [module.slug, moduleContentVersion(module)]));
}
