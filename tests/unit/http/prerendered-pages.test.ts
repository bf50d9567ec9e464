import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inlineScriptHashes, readPrerenderedPages } from "@/lib/http/prerendered-pages";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text, as a browser checks it against the policy", () => {
    // The hash Chromium reports for <script>alert(1)</script> when a policy refuses it.
    expect(inlineScriptHashes("<script>alert(1)</script>")).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
  });

  it("skips script files, keeps attributes out of the hash, and lists a repeated script once", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script id="x">alert(1)</script><p>text</p><script>alert(1)</script><script>\n  self.x=1\n</script>`;
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(inlineScriptHashes("<script>\n  self.x=1\n</script>")).toEqual([hashes[1]]);
  });
});

describe("readPrerenderedPages", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prerendered-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("maps each built page's internal path to its scripts' hashes, and ignores what is not HTML", () => {
    mkdirSync(path.join(dir, "en", "learn", "fairness"), { recursive: true });
    writeFileSync(path.join(dir, "en", "about.html"), "<script>alert(1)</script>");
    writeFileSync(path.join(dir, "en", "learn", "fairness", "redress.html"), "<p>no script</p>");
    writeFileSync(path.join(dir, "en", "about.rsc"), "not a page");
    const pages = readPrerenderedPages(dir);
    expect([...pages.keys()].sort()).toEqual(["/en/about", "/en/learn/fairness/redress"]);
    expect(pages.get("/en/about")).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
    expect(pages.get("/en/learn/fairness/redress")).toEqual([]);
  });

  it("finds nothing in a folder that is not there (next dev: every page renders per request)", () => {
    expect(readPrerenderedPages(path.join(dir, "missing")).size).toBe(0);
  });
});

describe("contentSecurityPolicy", () => {
  it("a page rendered per request runs only scripts with its nonce and what they load", () => {
    const policy = contentSecurityPolicy({ nonce: "abc" }, false);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).toContain("style-src 'self' 'nonce-abc';");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("a page built ahead of time runs only its own inline scripts, by hash, and this site's script files", () => {
    const policy = contentSecurityPolicy({ hashes: ["'sha256-one'", "'sha256-two'"] }, false);
    expect(policy).toContain("script-src 'self' 'sha256-one' 'sha256-two';");
    expect(policy).toContain("style-src 'self';");
    const scripts = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scripts).not.toMatch(/nonce|strict-dynamic|unsafe-inline|unsafe-eval/);
  });
});
