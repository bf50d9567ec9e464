import { clientTextLayout } from "@/components/layout/client-text";

// The catalog namespace only the course test uses, added to the learning pages' (../../layout.tsx).
export default clientTextLayout(["courseTest"]);
