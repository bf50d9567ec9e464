import type { Role } from "@/lib/generated/prisma/enums";

// One account per role for the demo and the browser tests. Never seeded unless asked for.
export const DEMO_ACCOUNTS: { email: string; password: string; role: Role; displayName: string }[] = [
  { email: "member@demo.local", password: "demo-member-pass", role: "MEMBER", displayName: "Demo member" },
  { email: "trainer@demo.local", password: "demo-trainer-pass", role: "TRAINER", displayName: "Demo trainer" },
  { email: "coordinator@demo.local", password: "demo-coordinator-pass", role: "COORDINATOR", displayName: "Demo coordinator" },
  { email: "admin@demo.local", password: "demo-admin-pass", role: "ADMIN", displayName: "Demo admin" },
];
