import { z } from 'zod'
import { env } from './env'

/**
 * The deployment's settings that the page needs, given at run time: the server writes them into
 * index.html's `newsroom-config` meta tag (server/http/static-files.ts; no inline script, no extra
 * request). A build may give defaults (VITE_PUBLIC_RELEASE_URL) for the dev server and the demo.
 */
const runtimeSchema = z.object({
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
export type RuntimeConfig = z.infer<typeof runtimeSchema>

function readMeta(): unknown {
  const content =
    typeof document === 'undefined'
      ? null
      : document.querySelector('meta[name="newsroom-config"]')?.getAttribute('content')
  try {
    return content ? JSON.parse(content) : {}
  } catch {
    return {}
  }
}

/** The settings now: the page's, else the build's. A setting that is not valid counts as absent. */
export function runtimeConfig(): RuntimeConfig {
  const given = readMeta() as Partial<Record<keyof RuntimeConfig, unknown>>
  return runtimeSchema.parse({
    publicReleaseUrl: given.publicReleaseUrl ?? env.publicReleaseUrl,
    oidc: given.oidc ?? null,
  })
}

/** The identity provider people sign in with, or null in the demo (the seeded-person picker). */
export const identityProvider = (): RuntimeConfig['oidc'] => runtimeConfig().oidc

/** The public page of a published version, or null when the deployment names no public site. */
export function publicReleaseUrl(version: { id: string; language: string }): string | null {
  const template = runtimeConfig().publicReleaseUrl
  if (!template) return null
  return template
    .replaceAll('{id}', encodeURIComponent(version.id))
    .replaceAll('{language}', encodeURIComponent(version.language))
}
