// Demo data for a first start: one account per role (the partner countries come with the
// migrations). Safe to run again: it creates what is missing and changes nothing that exists.
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";

async function seed() {
  const prisma = await db();
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    const { password, ...profile } = account;
    await prisma.user.create({ data: { ...profile, countryCode: "TJ", passwordHash: await hashPassword(password) } });
  }
  console.log("Demo accounts (email / password), one per role:");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}  /  ${account.password}`);
}

seed()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb();
    process.exit(1);
  });
