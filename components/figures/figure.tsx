import type { ReactNode } from "react";
import { COURSE_TEXT } from "@/lib/content/course-language";
import { isFigureId, type FigureId, type Figures } from "@/lib/content/figures";
import { ConfusionMatrix } from "./confusion-matrix";
import { FigureFrame, type FigureLabels, type TextDirection } from "./frame";
import { LifeCycle } from "./life-cycle";
import { OversightLevels } from "./oversight-levels";
import { PrinciplesMap } from "./principles-map";
import { RiskGrid } from "./risk-grid";

type Props = {
  id: string;
  /** The course's figure texts (content/figures/*.yaml). */
  figures: Figures;
  /** lang and dir of the figure text: English, left to right, until the course is translated. */
  text?: TextDirection;
  labels: FigureLabels;
};

type Drawing = { caption: string; alt: string; node: ReactNode };

function drawing(id: FigureId, figures: Figures, lang: string): Drawing | undefined {
  switch (id) {
    case "principles-map": {
      const figure = figures[id];
      return figure && { ...figure, node: <PrinciplesMap figure={figure} /> };
    }
    case "life-cycle": {
      const figure = figures[id];
      return figure && { ...figure, node: <LifeCycle figure={figure} /> };
    }
    case "confusion-matrix": {
      const figure = figures[id];
      return figure && { ...figure, node: <ConfusionMatrix id={id} figure={figure} lang={lang} /> };
    }
    case "risk-grid": {
      const figure = figures[id];
      return figure && { ...figure, node: <RiskGrid id={id} figure={figure} lang={lang} /> };
    }
    case "oversight-levels": {
      const figure = figures[id];
      return figure && { ...figure, node: <OversightLevels figure={figure} /> };
    }
  }
}

/** <Figure id="..." /> in a lesson: the drawing its id names, with caption and text description. Server-only. */
export function Figure({ id, figures, text = COURSE_TEXT, labels }: Props) {
  const found = isFigureId(id) ? drawing(id, figures, text.lang) : undefined;
  if (!found) return null;
  return (
    <FigureFrame id={id} caption={found.caption} alt={found.alt} text={text} labels={labels}>
      {found.node}
    </FigureFrame>
  );
}
