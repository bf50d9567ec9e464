import { clientTextLayout } from "@/components/layout/client-text";

export default clientTextLayout(["lesson", "module", "check", "scenario", "risk", "reflection", "courseTest", "certificate", "memo"]);
