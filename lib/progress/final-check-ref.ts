import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { NotFoundError } from "@/lib/errors";
import { FINAL_CHECK } from "./constants";
import { moduleRefSchema } from "./schemas";

/** The module and its final check named by a form's `moduleSlug`, or not found. */
export async function findFinalCheck(moduleSlug: unknown) {
  const ref = moduleRefSchema.safeParse({ moduleSlug });
  const module: CourseModule | undefined = ref.success ? await findModule(ref.data.moduleSlug) : undefined;
  const check = module?.checks[FINAL_CHECK];
  if (!module || !check) throw new NotFoundError("This knowledge check");
  return { module, check };
}
