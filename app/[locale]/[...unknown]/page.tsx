import { notFound } from "next/navigation";

// Every address proxy.ts sends here that no page answers: the not-found page, in her language.
export default function UnknownPage() {
  notFound();
}
