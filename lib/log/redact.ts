// Logs must carry no personal data and no secrets. Invitation links carry their token in the path
// and sign-in links in the query, so every URL is reduced before it is logged.

const TOKEN_PATHS = /^(\/invite\/)[^/?#]+/;
const SECRET_PARAMS = /^(token|code|callbackUrl|email|password|secret|key|signature|state)$/i;

/** A URL or path with invitation tokens and secret query parameters replaced by "[redacted]". */
export function redactUrl(url: string): string {
  const parsed = new URL(url, "http://x");
  const pathname = parsed.pathname.replace(TOKEN_PATHS, "$1[redacted]");
  const params = [...parsed.searchParams.keys()].map((key) =>
    SECRET_PARAMS.test(key) ? `${encodeURIComponent(key)}=[redacted]` : `${encodeURIComponent(key)}=${encodeURIComponent(parsed.searchParams.get(key) ?? "")}`,
  );
  return params.length ? `${pathname}?${params.join("&")}` : pathname;
}

/** Field names whose values are never written, wherever they appear in a log record. */
export const REDACTED_FIELDS = [
  "email",
  "password",
  "token",
  "cookie",
  "authorization",
  "passwordHash",
  "tokenHash",
  "toAddress",
  "body",
  "*.email",
  "*.password",
  "*.token",
  "*.cookie",
  "*.authorization",
  "*.passwordHash",
  "*.tokenHash",
  "*.toAddress",
  "headers.cookie",
  "headers.authorization",
];
