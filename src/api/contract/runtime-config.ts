import { z } from 'zod'

/**
 * The deployment's settings that the page needs, given at run time: the server writes them into
 * index.html's `newsroom-config` meta tag (server/http/static-files.ts; no inline script, no extra
 * request). A build may give defaults (VITE_PUBLIC_RELEASE_URL) for the dev server and the demo.
 * One schema for both sides, so in the contract: the page parses the tag with it
 * (src/config/runtime.ts), the server writes its output type (server/http/static-files.ts).
 */
export const runtimeConfigSchema = z.object({
  /** Where a published version is on the public site: `{id}` and `{language}` are filled in. */
  publicReleaseUrl: z
    .string()
    .regex(/^https?:\/\/[^/]/)
    .refine((template) => template.includes('{id}'))
    .nullable()
    .catch(null),
  /**
   * Where people sign in (issue #17): the OpenID Connect issuer and this app's public client id.
   * Null: the demo's sign-in, where anyone picks a seeded person.
   */
  oidc: z
    .object({ issuer: z.string().regex(/^https?:\/\/[^/]/), clientId: z.string().min(1) })
    .nullable()
    .catch(null),
})
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>
