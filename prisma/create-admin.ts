// npm run admin:create -- --email you@example.org [--name "Your name"]
// Creates the first (or another) administrator. The password is typed on the terminal, not shown,
// or read from ADMIN_PASSWORD for scripted installs; never from the command line.
import { env } from "@/lib/env";
import { createAdministrator } from "@/lib/users/create-administrator";
import { parseAdminArgs } from "@/lib/users/parse-admin-args";
import { runScript } from "./run-script";

const MESSAGES: Record<string, string> = {
  emailInvalid: "The email is not valid.",
  passwordTooShort: "The password needs at least 10 characters.",
  passwordTooLong: "The password may have at most 200 characters.",
  displayNameLength: "The name needs 2 to 80 characters.",
  alreadyRegistered: "An account with this email already exists. It was not changed.",
};

function readHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  if (!stdin.isTTY) return Promise.reject(new Error("No terminal to ask for the password on: set ADMIN_PASSWORD instead."));
  return new Promise((resolve) => {
    let value = "";
    stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.resume();
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") {
          stdout.write("\n");
          process.exit(130);
        }
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stdout.write("\n");
          resolve(value);
          return;
        }
        value = char === "\u007f" || char === "\b" ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on("data", onData);
  });
}

async function password(): Promise<string> {
  if (env.ADMIN_PASSWORD) return env.ADMIN_PASSWORD;
  const first = await readHidden("Password (at least 10 characters, not shown): ");
  const second = await readHidden("Password again: ");
  if (first !== second) throw new Error("The two passwords do not match.");
  return first;
}

async function main() {
  const args = parseAdminArgs(process.argv.slice(2));
  if (!args.ok) throw new Error(args.message);
  const result = await createAdministrator({ email: args.email, displayName: args.displayName, password: await password() });
  if (!result.ok) {
    throw new Error(Object.values(result.fieldErrors).map((key) => MESSAGES[key] ?? key).join("\n") || MESSAGES[result.message]);
  }
  console.log(`Administrator ${args.email} created. Sign in at /signin.`);
}

runScript(main);
