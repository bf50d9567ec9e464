import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { fontFamilies } from "./fonts";

export type CertificateLabels = {
  title: string;
  certifies: string;
  completed: string;
  courseTitle: string;
  issuedBy: string;
  attribution: string;
  issuedOn: string;
  certificateId: string;
  verifyAt: string;
};

export type CertificateDocumentProps = {
  labels: CertificateLabels;
  nameShown: string;
  rtl: boolean;
  verifyUrl: string;
  id: string;
  qrPng: string;
};

const styles = StyleSheet.create({
  page: { padding: 36, color: "#0f172a" },
  frame: { flexGrow: 1, border: "3pt solid #1d4ed8", padding: 32, alignItems: "center" },
  title: { fontSize: 30, fontWeight: 700, color: "#1d4ed8", marginBottom: 18 },
  line: { fontSize: 13, marginTop: 8, textAlign: "center" },
  name: { fontSize: 28, fontWeight: 700, marginTop: 10, marginBottom: 6, textAlign: "center" },
  course: { fontSize: 18, fontWeight: 700, marginTop: 8, textAlign: "center" },
  small: { fontSize: 8.5, color: "#475569", marginTop: 4, textAlign: "center" },
  footer: { marginTop: "auto", width: "100%", flexDirection: "row", alignItems: "flex-end", justifyContent: "space-between" },
  facts: { fontSize: 10, maxWidth: 480 },
  qr: { width: 96, height: 96 },
});

/** A4 landscape, centred, so the same layout reads in either direction. */
export function CertificateDocument({ labels, nameShown, rtl, verifyUrl, id, qrPng }: CertificateDocumentProps) {
  const fontFamily = fontFamilies(rtl);
  const align = rtl ? "right" : "left";
  return (
    <Document title={`${labels.title}: ${nameShown}`} language={rtl ? "ar" : undefined}>
      <Page size="A4" orientation="landscape" style={{ ...styles.page, fontFamily }}>
        <View style={styles.frame}>
          <Text style={styles.title}>{labels.title}</Text>
          <Text style={styles.line}>{labels.certifies}</Text>
          <Text style={styles.name}>{nameShown}</Text>
          <Text style={styles.line}>{labels.completed}</Text>
          <Text style={styles.course}>{labels.courseTitle}</Text>
          <Text style={styles.line}>{labels.issuedBy}</Text>
          <Text style={styles.small}>{labels.attribution}</Text>
          <View style={{ ...styles.footer, flexDirection: rtl ? "row-reverse" : "row" }}>
            <View style={styles.facts}>
              <Text style={{ textAlign: align }}>{labels.issuedOn}</Text>
              <Text style={{ textAlign: align, marginTop: 4 }}>{`${labels.certificateId}: ${id}`}</Text>
              <Text style={{ textAlign: align, marginTop: 4 }}>{labels.verifyAt}</Text>
              <Text style={{ textAlign: align, marginTop: 2, fontFamily: "Noto Sans" }}>{verifyUrl}</Text>
            </View>
            <Image src={qrPng} style={styles.qr} />
          </View>
        </View>
      </Page>
    </Document>
  );
}
