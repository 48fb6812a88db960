import { useEffect } from "react";

/** Sets the browser tab title as "Page · Rapport". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Rapport` : "Rapport";
  }, [title]);
}
