export const FINAL_CHECK = "final";
