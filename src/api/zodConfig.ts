import { z } from 'zod';

// zod 4 probes `new Function` to compile faster validators. The app's Content-Security-Policy
// forbids eval, so every probe would be reported as a violation; validate without it.
z.config({ jitless: true });
