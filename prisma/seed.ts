// Demo data for a first start: the partner countries and one account per role. Safe to run again:
// it creates what is missing and changes nothing that exists.
import { hashPassword } from "@/lib/auth/password";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { closeDb, db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_ACCOUNTS: { email: string; password: string; role: Role; displayName: string }[] = [
  { email: "member@demo.local", password: "demo-member-pass", role: "MEMBER", displayName: "Demo member" },
  { email: "trainer@demo.local", password: "demo-trainer-pass", role: "TRAINER", displayName: "Demo trainer" },
  { email: "coordinator@demo.local", password: "demo-coordinator-pass", role: "COORDINATOR", displayName: "Demo coordinator" },
  { email: "admin@demo.local", password: "demo-admin-pass", role: "ADMIN", displayName: "Demo admin" },
];

async function seed() {
  const prisma = await db();
  for (const country of PARTNER_COUNTRIES) {
    await prisma.country.upsert({ where: { code: country.code }, create: country, update: { name: country.name } });
  }
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (exists) continue;
    const { password, ...profile } = account;
    await prisma.user.create({ data: { ...profile, countryCode: "TJ", passwordHash: await hashPassword(password) } });
  }
  console.log("Demo accounts (sign in at http://localhost:3000/signin):");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}  /  ${account.password}`);
}

seed()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb();
    process.exit(1);
  });
