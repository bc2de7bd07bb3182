/**
 * drizzle-kit's configuration: the server's schema and where its migrations go
 * (`npx drizzle-kit generate` after a change of server/db/schema.ts). The server applies them
 * itself at start (server/db/connect.ts), so no connection is configured here.
 */
import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
})
