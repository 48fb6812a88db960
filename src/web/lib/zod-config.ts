import { z } from "zod";

// Imported first by the entry (app/main.tsx): zod would otherwise probe `new Function` on its
// first parse to compile faster checks, and the app's Content-Security-Policy (no eval;
// server/web-headers.ts) reports that probe as a violation even though zod catches it.
z.config({ jitless: true });
