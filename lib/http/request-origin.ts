import { publicOrigin } from "./public-origin";

/**
 * Kept for callers written before links came from configuration: it no longer reads the Host
 * header, which a client can forge. New code calls publicOrigin().
 */
export async function requestOrigin(): Promise<string> {
  return publicOrigin();
}
