"use client";

import { signOutAndLeave } from "@/lib/auth/browser-session";
import { clearDeviceStorage } from "@/lib/offline/clear-device-storage";

export function SignOutButton({ label }: { label: string }) {
  // Her pages kept for offline reading go before the session does (shared phones).
  const signOutAndClear = async () => {
    await clearDeviceStorage();
    await signOutAndLeave();
  };
  return (
    <button type="button" onClick={signOutAndClear} className="rounded px-2 py-1 underline">
      {label}
    </button>
  );
}
