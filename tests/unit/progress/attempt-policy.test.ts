import { describe, expect, it } from "vitest";
import { attemptPolicy, type AttemptOutcome } from "@/lib/progress/attempt-policy";

const HOUR = 3_600_000;
const start = new Date("2026-12-02T09:00:00Z");
const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
const fail = (hours: number): AttemptOutcome => ({ passed: false, createdAt: at(hours) });
const pass = (hours: number): AttemptOutcome => ({ passed: true, createdAt: at(hours) });

describe("attemptPolicy", () => {
  it("lets her start with no attempts, one or two failures", () => {
    expect(attemptPolicy([], at(0), 24)).toEqual({ canStart: true });
    expect(attemptPolicy([fail(0)], at(0.1), 24)).toEqual({ canStart: true });
    expect(attemptPolicy([fail(0), fail(1)], at(1.1), 24)).toEqual({ canStart: true });
  });

  it("makes her wait the cool-down after the third failure in a row, and says until when", () => {
    const attempts = [fail(0), fail(1), fail(2)];
    expect(attemptPolicy(attempts, at(2.01), 24)).toEqual({ canStart: false, until: at(26) });
    expect(attemptPolicy(attempts, at(25.99), 24)).toEqual({ canStart: false, until: at(26) });
    expect(attemptPolicy(attempts, at(26), 24)).toEqual({ canStart: true });
  });

  it("uses the configured number of hours", () => {
    expect(attemptPolicy([fail(0), fail(1), fail(2)], at(3), 2)).toEqual({ canStart: false, until: at(4) });
    expect(attemptPolicy([fail(0), fail(1), fail(2)], at(4), 2)).toEqual({ canStart: true });
  });

  it("gives three more attempts after the wait, then a new wait", () => {
    const six = [fail(0), fail(1), fail(2), fail(30), fail(31)];
    expect(attemptPolicy(six, at(31.5), 24)).toEqual({ canStart: true });
    expect(attemptPolicy([...six, fail(32)], at(33), 24)).toEqual({ canStart: false, until: at(56) });
  });

  it("counts failures only since her last pass, in any order given", () => {
    expect(attemptPolicy([fail(0), fail(1), pass(2), fail(3), fail(4)], at(5), 24)).toEqual({ canStart: true });
    expect(attemptPolicy([fail(5), pass(2), fail(3), fail(4)], at(6), 24)).toEqual({ canStart: false, until: at(29) });
    expect(attemptPolicy([fail(0), fail(1), fail(2), pass(30)], at(31), 24)).toEqual({ canStart: true });
  });
});
