import { myCredential } from "@/lib/certificates/my-certificate-files";
import { refusalResponse } from "@/lib/http/error-response";

/** GET /learn/certificate/credential: her Open Badges 3.0 credential (VC-JWT) to carry to other platforms. */
export async function GET(): Promise<Response> {
  try {
    const { id, jwt } = await myCredential();
    return new Response(jwt, {
      headers: { "content-type": "application/jwt", "content-disposition": `attachment; filename="open-badge-${id}.jwt"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}
