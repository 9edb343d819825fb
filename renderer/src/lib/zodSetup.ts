// The CSP forbids eval: tell zod not to try its JIT (it would fall back anyway, after a CSP report).
// Imported before any screen that parses with zod is loaded (see lazyScreen), not by the first script.
import { z } from 'zod';

z.config({ jitless: true });
