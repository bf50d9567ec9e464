"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { STORE_CHANGED } from "@/lib/offline/device-store";

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
};

/** Whether the browser says it has a connection; true while the page is built on the server. */
export const useOnline = () =>
  useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

/**
 * A value read from her device's offline store, read again whenever the store changes. undefined
 * until first read; stays undefined where IndexedDB cannot be opened (a private window in some browsers).
 */
export function useDeviceStore<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  const reload = useCallback(() => {
    read().then(setValue, () => undefined);
  }, [read]);
  useEffect(() => {
    reload();
    window.addEventListener(STORE_CHANGED, reload);
    return () => window.removeEventListener(STORE_CHANGED, reload);
  }, [reload]);
  return value;
}
