export type RiskBand = "low" | "medium" | "high" | "critical";

/** Bands of likelihood x severity (each 1-5) for the simplified exercise taught in the course. */
export function riskBand(score: number): RiskBand {
  if (score >= 15) return "critical";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}
