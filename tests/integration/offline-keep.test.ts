import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as versionsRoute } from "@/app/api/offline/modules/route";
import { GET as manifestRoute } from "@/app/api/offline/modules/[module]/route";
import { findModule } from "@/lib/content/course";
import type { CourseModule } from "@/lib/content/load";
import { keptModuleManifest, moduleContentVersion } from "@/lib/offline/kept-module";
import { createUser } from "../setup/factories";
import { signInAs } from "../setup/session";

// The route handlers read their messages through next-intl, which outside Next has no request to
// take the language from: English here.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/lib/i18n/messages/en.json")).default;
  return {
    getTranslations: async (scope: "offline" | { namespace: "offline" }) =>
      createTranslator({ locale: "en", messages, namespace: typeof scope === "string" ? scope : scope.namespace }),
  };
});

const intro = (await findModule("introduction")) as CourseModule;
const manifest = (slug: string, headers: HeadersInit = {}) =>
  manifestRoute(new Request(`http://test/api/offline/modules/${slug}`, { headers }), { params: Promise.resolve({ module: slug }) });
const versions = (headers: HeadersInit = {}) => versionsRoute(new Request("http://test/api/offline/modules", { headers }));

beforeEach(async () => signInAs((await createUser("MEMBER")).id));
afterEach(() => signInAs(null));

describe("what a device keeps for a module", () => {
  it("lists the module page, every lesson and the glossary, and the practice checks with their answers; never the final check", async () => {
    const response = await manifest("introduction");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.json();
    expect(body.pages).toEqual(["/learn/introduction", ...intro.lessons.map((lesson) => `/learn/introduction/${lesson.slug}`), "/glossary"]);
    const practiceIds = Object.keys(intro.checks).filter((id) => id !== "final");
    expect(practiceIds.length).toBeGreaterThan(0);
    expect(Object.keys(body.practiceChecks).sort()).toEqual(practiceIds.sort());
    // Marked on the device offline: which option is right and the feedback on each.
    const question = body.practiceChecks[practiceIds[0]!].questions[0];
    expect(question.options.some((option: { correct?: boolean }) => option.correct === true)).toBe(true);
    expect(question.options.every((option: { feedback: string }) => option.feedback.length > 0)).toBe(true);
    expect(body.version).toBe(moduleContentVersion(intro));
  });

  it("gives every module's version, and the version changes when a lesson changes", async () => {
    const response = await versions();
    expect(response.status).toBe(200);
    expect((await response.json()).versions.introduction).toBe(moduleContentVersion(intro));
    const edited = { ...intro, lessons: intro.lessons.map((lesson, index) => (index === 0 ? { ...lesson, version: "edited" } : lesson)) };
    expect(moduleContentVersion(edited)).not.toBe(moduleContentVersion(intro));
  });

  it("keeps the module in her language, with its own version, so a switch of language fetches it again", async () => {
    const dari = (await findModule("introduction", "fa-AF")) as CourseModule;
    const body = await (await manifest("introduction", { cookie: "locale=fa-AF" })).json();
    expect(body.title).toBe(dari.frontmatter.title);
    const practiceId = Object.keys(dari.checks).find((id) => id !== "final")!;
    expect(body.practiceChecks[practiceId].questions[0].prompt).toBe(dari.checks[practiceId]!.questions[0]!.prompt);
    expect(body.version).not.toBe(moduleContentVersion(intro));
    expect((await (await versions({ "accept-language": "fa-AF,fa;q=0.9" })).json()).versions.introduction).toBe(body.version);
  });

  it("refuses the signed out with 401, an unknown module with 404, and changes nothing", async () => {
    expect((await manifest("no-such-module")).status).toBe(404);
    expect((await manifest("../../etc")).status).toBe(404);
    signInAs(null);
    const signedOut = await manifest("introduction");
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ status: "error", code: "signedOut" });
    expect((await versions()).status).toBe(401);
    await expect(keptModuleManifest("introduction")).rejects.toThrow();
  });
});
