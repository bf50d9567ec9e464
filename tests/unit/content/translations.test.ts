import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, contentRoot, loadCourse, type Course } from "@/lib/content/load";
import { equivalentsSchema } from "@/lib/content/schemas";
import { translationStatus } from "@/lib/content/translation-status";
import { componentSequence, contentVersion, structuralDifference } from "@/lib/content/translations";
import { equivalentsProblems } from "@/lib/content/verify-equivalents";
import { parse } from "yaml";
import { LOCALES } from "@/lib/i18n/config";
import { contentWith, MODULE_MDX } from "./content-dir";

const versionOf = contentVersion;

const check = {
  title: "Check",
  questions: [
    {
      id: "q1",
      objective: 1,
      prompt: "Which?",
      options: [
        { id: "a", text: "One", correct: true, feedback: "Right." },
        { id: "b", text: "Two", feedback: "No." },
      ],
    },
  ],
};
const scenario = { title: "S", start: "one", steps: { one: { text: "t", choices: [{ label: "Go", next: "two" }] }, two: { text: "t", outcome: "good", principles: ["necessity"] } } };

describe("structuralDifference", () => {
  it("accepts a translation that changes only words", () => {
    const translated = structuredClone(check);
    translated.title = "Проверка";
    translated.questions[0]!.prompt = "Какой?";
    translated.questions[0]!.options[0]!.feedback = "Верно.";
    expect(structuralDifference(check, translated)).toBeUndefined();
  });

  it("finds a right answer moved, an option id changed, an option dropped, a key added or a text left empty", () => {
    const moved = structuredClone(check) as typeof check & { questions: { options: { correct?: boolean }[] }[] };
    delete moved.questions[0]!.options[0]!.correct;
    moved.questions[0]!.options[1]!.correct = true;
    expect(structuralDifference(check, moved)).toMatch(/^questions\.0\.options\.0: the English has the keys/);

    const renamed = structuredClone(check);
    renamed.questions[0]!.options[1]!.id = "c";
    expect(structuralDifference(check, renamed)).toBe('questions.0.options.1.id: must stay "b" as in the English');

    const dropped = structuredClone(check);
    dropped.questions[0]!.options.pop();
    expect(structuralDifference(check, dropped)).toBe("questions.0.options: the English has 2 items, the translation 1");

    expect(structuralDifference(check, { ...check, passMark: 80 })).toMatch(/^\(file\): the English has the keys/);

    const emptied = structuredClone(check);
    emptied.questions[0]!.prompt = " ";
    expect(structuralDifference(check, emptied)).toBe("questions.0.prompt: the translation has no text here");

    const renumbered = structuredClone(check);
    renumbered.questions[0]!.objective = 2;
    expect(structuralDifference(check, renumbered)).toBe("questions.0.objective: must stay 1 as in the English");
  });

  it("finds a scenario branch sent elsewhere, a step renamed or an outcome or principle changed", () => {
    const branched = structuredClone(scenario);
    branched.steps.one.choices[0]!.next = "one";
    expect(structuralDifference(scenario, branched)).toBe('steps.one.choices.0.next: must stay "two" as in the English');

    const { one, two } = scenario.steps;
    expect(structuralDifference(scenario, { ...scenario, steps: { uno: one, two } })).toMatch(/^steps: the English has the keys one, two/);

    const judged = structuredClone(scenario);
    judged.steps.two.outcome = "poor";
    expect(structuralDifference(scenario, judged)).toBe('steps.two.outcome: must stay "good" as in the English');

    const principled = structuredClone(scenario);
    principled.steps.two.principles = ["необходимость"];
    expect(structuralDifference(scenario, principled)).toBe('steps.two.principles.0: must stay "necessity" as in the English');
  });
});

describe("componentSequence", () => {
  it("lists the components in order with their ids, ignoring HTML and words", () => {
    const body = 'Text <Term id="bias">bias</Term> and <b>bold</b>.\n\n<KnowledgeCheck id="practice" />\n\n<Figure id="risk-grid" /> <Source id="toolkit" />';
    expect(componentSequence(body)).toEqual(["Term#bias", "KnowledgeCheck#practice", "Figure#risk-grid", "Source#toolkit"]);
    expect(componentSequence(body.replace(">bias</Term>", ">انحياز</Term>"))).toEqual(componentSequence(body));
  });
});

const lessonMdx = '---\ntitle: One\nsummary: s\n---\nBody with <Term id="bias">bias</Term>.\n\n<KnowledgeCheck id="practice" />\n';
const checkYaml =
  "title: F\nquestions:\n  - id: q\n    prompt: P\n    options:\n      - {id: a, text: a, correct: true, feedback: f}\n      - {id: b, text: b, feedback: f}\n      - {id: c, text: c, feedback: f}\n";

const english = {
  "modules/01-lawfulness/module.mdx": MODULE_MDX,
  "modules/01-lawfulness/01-first.mdx": lessonMdx,
  "modules/01-lawfulness/02-second.mdx": "---\ntitle: Two\nsummary: s\n---\nBody two\n",
  "modules/01-lawfulness/checks/practice.yaml": checkYaml,
};
const russianLesson = (from: string, body = 'Текст про <Term id="bias">предвзятость</Term>.\n\n<KnowledgeCheck id="practice" />\n') =>
  `---\ntranslatedFrom: ${from}\ntitle: Один\nsummary: к\n---\n${body}`;
const russianCheck = (from: string, correct = "a") =>
  `# translatedFrom: ${from}\n` + checkYaml.replace("title: F", "title: Ф").replace(/text: ([abc]), (correct: true, )?/g, (_, id: string) => `text: ${id}-ру, ${id === correct ? "correct: true, " : ""}`);

describe("loadCourse in a language", () => {
  it("reads each translated file in place of the English, keeps the English version, and falls back file by file", async () => {
    const root = await contentWith({
      ...english,
      "translations/ru/modules/01-lawfulness/01-first.mdx": russianLesson(versionOf(lessonMdx)),
      "translations/ru/modules/01-lawfulness/checks/practice.yaml": russianCheck(versionOf(checkYaml)),
    });
    const module = (await loadCourse(root, "ru")).modules[0]!;
    const [first, second] = module.lessons;
    expect(first).toMatchObject({ frontmatter: { title: "Один" }, version: versionOf(lessonMdx), text: { language: "ru", stale: false } });
    expect(first!.body).toContain("предвзятость");
    expect(second).toMatchObject({ frontmatter: { title: "Two" }, text: { language: "en", stale: false } });
    expect(module.text).toEqual({ language: "en", stale: false });
    expect(module.checks.practice).toMatchObject({ title: "Ф", version: versionOf(checkYaml), text: { language: "ru", stale: false } });
    expect(module.checks.practice!.questions[0]!.options.find((o) => o.correct)?.id).toBe("a");

    const inEnglish = (await loadCourse(root)).modules[0]!;
    expect(inEnglish.lessons[0]).toMatchObject({ frontmatter: { title: "One" }, text: { language: "en", stale: false } });
  });

  it("marks a translation stale when the English has changed since, and content:status counts it apart", async () => {
    const root = await contentWith({
      ...english,
      "translations/ru/modules/01-lawfulness/01-first.mdx": russianLesson(versionOf("an older English")),
      "translations/ru/modules/01-lawfulness/checks/practice.yaml": russianCheck(versionOf(checkYaml)),
    });
    const course = await loadCourse(root, "ru");
    expect(course.modules[0]!.lessons[0]!.text).toEqual({ language: "ru", stale: true });
    const inEnglish = await loadCourse(root);
    expect(translationStatus(course, inEnglish)[0]).toEqual({ part: "lawfulness", tally: { translated: 1, stale: 1, missing: 2, words: inEnglish.modules[0]!.lessons[0]!.words } });
  });

  it("refuses a translation that moves the right answer, drops a component or does not say what it translates", async () => {
    const moved = await contentWith({ ...english, "translations/ru/modules/01-lawfulness/checks/practice.yaml": russianCheck(versionOf(checkYaml), "b") });
    await expect(loadCourse(moved, "ru")).rejects.toThrow(ContentError);
    await expect(loadCourse(moved, "ru")).rejects.toThrow(/translations\/ru\/modules\/01-lawfulness\/checks\/practice\.yaml: differs from the English in structure at questions\.0\.options\.0/);

    const noCheck = await contentWith({ ...english, "translations/ru/modules/01-lawfulness/01-first.mdx": russianLesson(versionOf(lessonMdx), "Только текст.\n") });
    await expect(loadCourse(noCheck, "ru")).rejects.toThrow(/same order with the same ids: Term#bias KnowledgeCheck#practice; it has $/);

    const unmarked = await contentWith({ ...english, "translations/ru/modules/01-lawfulness/checks/practice.yaml": checkYaml.replace("title: F", "title: Ф") });
    await expect(loadCourse(unmarked, "ru")).rejects.toThrow(/first line must be "# translatedFrom/);
  });
});

// Every translated file in the repository against its English file: the build would refuse the same.
describe("the course's translations", () => {
  it.each(LOCALES.filter((locale) => locale !== "en"))("in %s have the English structure, ids and right answers", async (locale) => {
    await expect(loadCourse(contentRoot(), locale)).resolves.toMatchObject({ locale });
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("in %s are counted by content:status, every file once, words as a whole number", async (locale) => {
    const english = await loadCourse();
    const rows = translationStatus(await loadCourse(contentRoot(), locale), english);
    for (const { part, tally } of rows) expect(Number.isInteger(tally.words), part).toBe(true);
    const capstone = rows.find((row) => row.part === "capstone")!.tally;
    // The capstone's files, its memo brief and rubric among them.
    expect(capstone.translated + capstone.stale + capstone.missing).toBe(15);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("in %s follow one list of equivalents, each English term chosen once, that the glossary uses", async (locale) => {
    const file = path.join(contentRoot(), "translations", locale, "equivalents.yaml");
    const list = equivalentsSchema.parse(parse(await readFile(file, "utf8")));
    expect(list.locale).toBe(locale);
    expect(equivalentsProblems(await loadCourse(), await loadCourse(contentRoot(), locale), list)).toEqual([]);
  });
});

describe("equivalentsProblems", () => {
  const glossary = [
    { id: "proxy", term: "proxy variable", definition: "d" },
    { id: "cedaw", term: "CEDAW", definition: "d" },
  ];
  const courseOf = (locale: string, entries: { id: string; term: string; definition: string }[]) =>
    ({ locale, modules: [{ slug: "fairness", glossary: entries, glossaryText: { language: locale, stale: false } }] }) as unknown as Course;
  const list = {
    locale: "ru",
    terms: [
      { en: "proxy / proxy variable", term: "косвенный признак" },
      { en: "CEDAW", term: "Конвенция о ликвидации всех форм дискриминации в отношении женщин (КЛДЖ)" },
    ],
  };

  it("accepts the chosen word, inside a longer term or as the abbreviation in brackets", () => {
    const translated = courseOf("ru", [
      { id: "proxy", term: "Косвенный признак (прокси)", definition: "о" },
      { id: "cedaw", term: "КЛДЖ", definition: "о" },
    ]);
    expect(equivalentsProblems(courseOf("en", glossary), translated, list)).toEqual([]);
  });

  it("names a glossary entry that uses another word than the one chosen", () => {
    const translated = courseOf("ru", [
      { id: "proxy", term: "Заменяющая переменная", definition: "о" },
      { id: "cedaw", term: "КЛДЖ", definition: "о" },
    ]);
    expect(equivalentsProblems(courseOf("en", glossary), translated, list)).toEqual([
      'fairness glossary "proxy": "Заменяющая переменная" is not the chosen equivalent of "proxy variable" ("косвенный признак")',
    ]);
  });
});
