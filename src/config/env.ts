import { z } from 'zod'

/** import.meta.env, parsed once. A wrong setting fails at start with a clear message. */
const envSchema = z.object({
  VITE_API_BASE_URL: z.string().min(1).default('/api'),
  VITE_MOCKING: z.enum(['on', 'off']).default('off'),
  VITE_SEED_RELEASES: z.coerce.number().int().min(0).max(100_000).default(300),
  VITE_MOCK_LATENCY_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  /** The public site's address of a release, for the dev server and the demo (the server gives its own at run time). */
  VITE_PUBLIC_RELEASE_URL: z.string().optional(),
})

const parsed = envSchema.parse(import.meta.env)

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL.replace(/\/$/, ''),
  mocking: parsed.VITE_MOCKING === 'on',
  seedReleases: parsed.VITE_SEED_RELEASES,
  mockLatencyMs: import.meta.env.MODE === 'test' ? 0 : parsed.VITE_MOCK_LATENCY_MS,
  publicReleaseUrl: parsed.VITE_PUBLIC_RELEASE_URL ?? null,
}
