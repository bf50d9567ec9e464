import { clientTextLayout } from "@/components/layout/client-text";

// The catalog namespace only the report form uses, added to the learning pages'.
export default clientTextLayout(["translation"]);
