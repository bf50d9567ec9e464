import { clientTextLayout } from "@/components/layout/client-text";

// The catalog namespace only the capstone memo uses, added to the learning pages' (../../layout.tsx).
export default clientTextLayout(["memo"]);
