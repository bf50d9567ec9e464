import { clientTextLayout } from "@/components/layout/client-text";

export default clientTextLayout(["account"]);
