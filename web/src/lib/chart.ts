/**
 * The frame the dashboard's charts share: as wide as the page allows up to a maximum, and for
 * charts over time a UTC date axis without a label (the dates say what it is). Pages pass only
 * what is their own: height, y axis, colours, marks.
 */
import * as Plot from '@observablehq/plot';

/** The page's width less its margins, at most `max` pixels. */
export function pageWidth(max: number): number {
  return Math.min(max, document.body.clientWidth - 40);
}

export type TimeChartOptions = Omit<Plot.PlotOptions, 'x' | 'width'> & {
  /** The widest the chart may be (default 1100); ignored when `width` is given. */
  maxWidth?: number;
  /** A fixed width, for small multiples. */
  width?: number;
  /** Options merged into the UTC x axis. */
  x?: Plot.ScaleOptions;
};

/** A chart with time along x. */
export function timeChart({ maxWidth = 1100, width, x, marginLeft = 48, ...options }: TimeChartOptions): SVGSVGElement | HTMLElement {
  return Plot.plot({ ...options, width: width ?? pageWidth(maxWidth), marginLeft, x: { type: 'utc', label: null, ...x } });
}
