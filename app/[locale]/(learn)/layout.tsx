import { clientTextLayout } from "@/components/layout/client-text";

export default clientTextLayout(["lesson", "check", "scenario", "risk", "reflection", "courseTest", "certificate", "memo"]);
