// Certificate PDF size and generation time: `npm run bench:certificate-pdf`. The first render in a
// fresh process is cold (fonts read and parsed, react-pdf warmed up); the rest are warm. Prints, per
// name and interface language, the cold time, the median and 90th percentile of REPEAT warm renders,
// and the file size.
import { performance } from "node:perf_hooks";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render-certificate-pdf";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

const REPEAT = Number(process.env.REPEAT ?? 30);
const CASES = [
  { label: "Latin name, English", name: "Zarghuna Ahmadzai", messages: en, rtl: false },
  { label: "Cyrillic name, Russian", name: "Малика Рахимова", messages: ru, rtl: false },
  { label: "Dari name with Latin, Arabic", name: "زرغونه احمدزی (Zarghuna)", messages: ar, rtl: true },
];

const id = "AbCdEfGhIjKlMnOpQrStUvWx";
const render = (c: (typeof CASES)[number]) =>
  renderCertificatePdf({
    id,
    nameShown: c.name,
    verifyUrl: `https://course.example.org/verify/${id}`,
    rtl: c.rtl,
    labels: { ...c.messages.certificate.pdf, issuedOn: c.messages.certificate.pdf.issuedOn.replace("{date}", "2 December 2026") },
  });

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

for (const c of CASES) {
  const start = performance.now();
  const pdf = await render(c);
  const cold = performance.now() - start;
  const warm: number[] = [];
  for (let i = 0; i < REPEAT; i += 1) {
    const t = performance.now();
    await render(c);
    warm.push(performance.now() - t);
  }
  console.log(
    `${c.label.padEnd(30)} first ${cold.toFixed(0).padStart(5)} ms   warm median ${percentile(warm, 0.5).toFixed(1).padStart(6)} ms   p90 ${percentile(warm, 0.9).toFixed(1).padStart(6)} ms   ${(pdf.length / 1024).toFixed(1)} KB`,
  );
}
