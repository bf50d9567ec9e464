// The brand colours outside CSS, where the stylesheet cannot reach: the manifest, the browser's
// theme colour, the offline page. They mirror --color-brand-* in app/globals.css.
export const BRAND_COLOURS = {
  /** The site header's background: the phone's status bar and task switcher match it. */
  header: "#0e3540", // --color-brand-900
  /** The splash screen behind the icon while the installed app starts. */
  background: "#eef6f8", // --color-brand-50
  link: "#195a6a", // --color-brand-700
} as const;
