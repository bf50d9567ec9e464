// Reads component tags out of MDX source without compiling it: used by the content verifier and
// by the loader, which lists each module's reflection prompts so notes can be checked against them.

export const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

export function tags(body: string, component: string): string[] {
  return [...body.matchAll(new RegExp(`<${component}\\b[^>]*>`, "g"))].map((match) => match[0]);
}
