// Check and test forms name each question's radio group `answer.<questionId>`.
const ANSWER_PREFIX = "answer.";

/** The answers a check or course-test form sent, by question id (values still unparsed). */
export function formAnswers(formData: FormData): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith(ANSWER_PREFIX)) answers[key.slice(ANSWER_PREFIX.length)] = value;
  }
  return answers;
}
