// Pure, so the form's live count in the browser and the server's check agree word for word.

/** Words in plain text: runs of non-space characters that hold at least one letter or digit. */
export function countTextWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

type Countable = {
  system: string;
  principles: { why: string }[];
  risks: { mitigation: string }[];
  recommendation: string;
};

/** What the word range counts: everything she writes, not the hazards and principles she picks. */
export function countMemoWords(memo: Countable): number {
  return [memo.system, ...memo.principles.map((p) => p.why), ...memo.risks.map((r) => r.mitigation), memo.recommendation]
    .map(countTextWords)
    .reduce((sum, words) => sum + words, 0);
}
