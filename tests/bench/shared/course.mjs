// The pages the benchmarks measure. A lesson page and the lesson after it in the same module, so the
// member's normal move (complete, go on) can be measured; the second has a scenario. Override with
// BENCH_MODULE, BENCH_LESSON, BENCH_NEXT_LESSON, BENCH_CHECK_MODULE.
export const MODULE = process.env.BENCH_MODULE ?? "minimizing-harm";
export const LESSON = `/learn/${MODULE}/${process.env.BENCH_LESSON ?? "accuracy-and-error"}`;
export const NEXT_LESSON = `/learn/${MODULE}/${process.env.BENCH_NEXT_LESSON ?? "misidentification"}`;
export const MODULE_PAGE = `/learn/${MODULE}`;
export const CHECK_PAGE = `/learn/${process.env.BENCH_CHECK_MODULE ?? "human-rights"}/check`;
