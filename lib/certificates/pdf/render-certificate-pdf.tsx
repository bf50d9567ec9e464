import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { CertificateDocument, type CertificateLabels } from "./certificate-document";
import { registerCertificateFonts } from "./fonts";

export type CertificatePdfInput = { id: string; nameShown: string; verifyUrl: string; rtl: boolean; labels: CertificateLabels };

/** The QR code as a PNG data URL: medium error correction survives a printed, folded page. */
export const qrPng = (url: string) => QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 300 });

export const qrSvg = (url: string) => QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  registerCertificateFonts();
  return renderToBuffer(<CertificateDocument {...input} qrPng={await qrPng(input.verifyUrl)} />);
}
