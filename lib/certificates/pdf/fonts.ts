import path from "node:path";
import { Font } from "@react-pdf/renderer";

// TTF files from npm packages (both SIL Open Font License), so no system font package is needed:
// Noto Sans covers Latin and Cyrillic, Vazirmatn covers Arabic script (Arabic, Dari, Pashto, Urdu)
// and Latin. react-pdf takes a list of families and picks, per character, the first that has it;
// it shapes Arabic script and lays it out right to left. Only the glyphs used are embedded.
const modules = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules");

let registered = false;

/** The font files the certificate embeds from, by family. */
export function certificateFontFiles() {
  const noto = path.join(modules(), "@expo-google-fonts", "noto-sans");
  const vazirmatn = path.join(modules(), "vazirmatn", "fonts", "ttf");
  return {
    "Noto Sans": [
      { src: path.join(noto, "400Regular", "NotoSans_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(noto, "700Bold", "NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
    Vazirmatn: [
      { src: path.join(vazirmatn, "Vazirmatn-Regular.ttf"), fontWeight: 400 },
      { src: path.join(vazirmatn, "Vazirmatn-Bold.ttf"), fontWeight: 700 },
    ],
  };
}

export function registerCertificateFonts(): void {
  if (registered) return;
  for (const [family, fonts] of Object.entries(certificateFontFiles())) Font.register({ family, fonts });
  // Names must never be broken with hyphens the name does not have.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/** Arabic-script interface text first in Vazirmatn; everything else in Noto Sans, falling back either way. */
export const fontFamilies = (rtl: boolean) => (rtl ? ["Vazirmatn", "Noto Sans"] : ["Noto Sans", "Vazirmatn"]);
