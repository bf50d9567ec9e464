import { describe, expect, it } from "vitest";
import { filtersToQuery, parseReportFilters } from "@/lib/reports/filters";

describe("report filters", () => {
  it("keeps the valid filters and names the ones it dropped", () => {
    const { filters, invalid } = parseReportFilters({ country: "TJ", module: "fairness", sector: "ASTRONAUT", from: "2026-13-40", to: "2026-02-01" });
    expect(filters).toEqual({ country: "TJ", module: "fairness", to: new Date("2026-02-01T00:00:00Z") });
    expect(invalid).toEqual(["sector", "from"]);
  });

  it("drops an end date before the start date", () => {
    const { filters, invalid } = parseReportFilters({ from: "2026-05-01", to: "2026-04-01" });
    expect(filters.to).toBeUndefined();
    expect(invalid).toEqual(["to"]);
  });

  it("turns filters back into the same query", () => {
    const query = "country=PK&module=lawfulness&from=2026-01-01";
    expect(filtersToQuery(parseReportFilters(Object.fromEntries(new URLSearchParams(query))).filters)).toBe(query);
  });
});
