"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { LessonMemberState } from "@/lib/progress/lesson-state";

const LessonStateContext = createContext<LessonMemberState | null>(null);

// Her state in the lesson she is about to open, handed over by "Mark complete" (which opens the
// next lesson on the server in the same request), so that page need not ask for it again.
const handedOver = new Map<string, LessonMemberState>();
const keyOf = (moduleSlug: string, lessonSlug: string) => `${moduleSlug}/${lessonSlug}`;

export function handOverLessonState(moduleSlug: string, lessonSlug: string, state: LessonMemberState) {
  handedOver.set(keyOf(moduleSlug, lessonSlug), state);
}

type Props = {
  moduleSlug: string;
  lessonSlug: string;
  load: (moduleSlug: string, lessonSlug: string) => Promise<LessonMemberState | null>;
  children: React.ReactNode;
};

/**
 * A lesson page is built once for everyone; her part (done or not, her last answers to its
 * checks, her notes) is asked for once the page shows, and opening it records where she is (or
 * it came with "Mark complete" on the lesson before). Until it arrives, or without JavaScript,
 * the page shows the lesson as to a first-time reader.
 */
export function LessonStateProvider({ moduleSlug, lessonSlug, load, children }: Props) {
  const [state, setState] = useState<LessonMemberState | null>(null);
  useEffect(() => {
    const key = keyOf(moduleSlug, lessonSlug);
    const given = handedOver.get(key);
    if (given) {
      handedOver.delete(key);
      setState(given);
      return;
    }
    let live = true;
    load(moduleSlug, lessonSlug)
      .then((value) => live && setState(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load, moduleSlug, lessonSlug]);
  return <LessonStateContext.Provider value={state}>{children}</LessonStateContext.Provider>;
}

/** Her state in the lesson on this page; null outside a lesson, while loading, or without JavaScript. */
export const useLessonState = () => useContext(LessonStateContext);
