import type { MetadataRoute } from "next";
import { BRAND_COLOURS } from "@/lib/brand-colours";
import en from "@/lib/i18n/messages/en.json";

// The web app manifest, at /manifest.webmanifest. One file for every member, fetched by the browser
// outside any page, so it cannot follow her interface language: it is in English, like the
// course text. Installing opens "My learning".
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: en.layout.productName,
    short_name: "Responsible AI",
    description: en.layout.tagline,
    lang: "en",
    dir: "ltr",
    start_url: "/learn",
    scope: "/",
    display: "standalone",
    background_color: BRAND_COLOURS.background,
    theme_color: BRAND_COLOURS.header,
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      // The glyph inside the central 80% circle on a full-bleed background, for launchers that crop.
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
