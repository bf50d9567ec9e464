import { clientTextLayout } from "@/components/layout/client-text";

// The catalog namespace only the certificate page uses, added to the learning pages' (../../layout.tsx).
export default clientTextLayout(["certificate"]);
