/**
 * The little of `oidc-provider` (no typings of its own; a devDependency) that
 * server/test-support/oidc-provider.ts uses: a provider is a Koa app, served by its callback.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>)
    callback(): (request: IncomingMessage, response: ServerResponse) => void
    on(event: string, listener: (...args: unknown[]) => void): this
  }
}
