import { createHash } from "node:crypto";
import type { Course } from "@/lib/content/load";

/**
 * One hash over every content file's own version (lessons and checks, which the loader hashes),
 * so a certificate records exactly which text of the course she completed. Order-independent
 * input is sorted first, so the same content always gives the same version.
 */
export function contentVersion(course: Course): string {
  const parts: string[] = [];
  for (const module of course.modules) {
    for (const lesson of module.lessons) parts.push(`${module.slug}/${lesson.slug}:${lesson.version}`);
    for (const [id, check] of Object.entries(module.checks)) parts.push(`${module.slug}/checks/${id}:${check.version}`);
  }
  return createHash("sha256").update(parts.sort().join("\n")).digest("hex").slice(0, 16);
}
