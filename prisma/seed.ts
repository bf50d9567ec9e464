// Demo data for `npm run demo` and the browser tests only: one account per role, with passwords
// printed in the README (the partner countries come with the migrations). A production install
// never runs this; it creates its first administrator with `npm run admin:create`. Safe to run
// again: it creates what is missing and changes nothing that exists.
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { seedDemoCohort } from "./demo-cohort";
import { DEMO_GRADUATES, seedDemoGraduates } from "./demo-graduates";
import { runScript } from "./run-script";

async function seed() {
  if (!process.argv.includes("--demo")) {
    throw new Error(
      "This creates demo accounts whose passwords are published in the README. It runs only as `npm run db:seed-demo` (or `npm run demo`). For a real install, create an administrator with `npm run admin:create -- --email you@example.org`.",
    );
  }
  const prisma = await db();
  const ids: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const { password, ...profile } = account;
    const user =
      (await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } })) ??
      (await prisma.user.create({ data: { ...profile, countryCode: "TJ", passwordHash: await hashPassword(password) }, select: { id: true } }));
    ids[account.role] = user.id;
  }
  const member = DEMO_ACCOUNTS.find((account) => account.role === "MEMBER")!;
  const memberHash = await hashPassword(member.password);
  await seedDemoCohort(prisma, ids.TRAINER!, [ids.MEMBER!], memberHash);
  await seedDemoGraduates(prisma, memberHash);
  console.log("Demo accounts (email / password), one per role:");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}  /  ${account.password}`);
  for (const graduate of DEMO_GRADUATES) console.log(`  ${"MEMBER".padEnd(12)} ${graduate.email}  /  ${member.password}  (finished the course: can issue a certificate)`);
  console.log("The demo trainer runs a cohort of eight fictional members at different points of three modules.");
}

runScript(seed);
