import { describe, expect, it } from "vitest";
import { EDITABLE_STATUSES, isEditable, nextMemoStatus } from "@/lib/memos/state";

describe("memo states", () => {
  it("move draft → submitted → returned → submitted → accepted", () => {
    expect(nextMemoStatus("DRAFT", "submit")).toBe("SUBMITTED");
    expect(nextMemoStatus("SUBMITTED", "return")).toBe("RETURNED");
    expect(nextMemoStatus("RETURNED", "submit")).toBe("SUBMITTED");
    expect(nextMemoStatus("SUBMITTED", "accept")).toBe("ACCEPTED");
  });

  it("refuse every other step: no marking a draft, no resubmitting while waiting, nothing after acceptance", () => {
    expect(nextMemoStatus("DRAFT", "accept")).toBeNull();
    expect(nextMemoStatus("DRAFT", "return")).toBeNull();
    expect(nextMemoStatus("SUBMITTED", "submit")).toBeNull();
    expect(nextMemoStatus("RETURNED", "accept")).toBeNull();
    for (const event of ["submit", "accept", "return"] as const) expect(nextMemoStatus("ACCEPTED", event)).toBeNull();
  });

  it("let her edit only a draft or a returned memo", () => {
    expect([...EDITABLE_STATUSES].sort()).toEqual(["DRAFT", "RETURNED"]);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("ACCEPTED")).toBe(false);
  });
});
