import { env } from './env'
import { runtimeConfigSchema, type RuntimeConfig } from '../api/contract'

/** The deployment's settings, as the server wrote them into index.html (the contract's runtime-config.ts says which). */

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
  return runtimeConfigSchema.parse({
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
