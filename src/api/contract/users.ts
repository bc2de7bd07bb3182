import { z } from 'zod'
import { idSchema } from './common'

export const roles = ['editor', 'reviewer', 'admin'] as const
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>

export const userSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    role: roleSchema,
    /** What the person does, shown beside the name on sign-in. */
    title: z.string(),
  })
  .meta({ id: 'User' })
export type User = z.infer<typeof userSchema>

export const usersSchema = z
  .object({ items: z.array(userSchema) })
  .meta({ id: 'Users', description: 'Everyone who can sign in to the demo.' })

export const signInInputSchema = z
  .object({ userId: idSchema.describe('The seeded user to sign in as') })
  .meta({ id: 'SignInInput' })
export type SignInInput = z.infer<typeof signInInputSchema>

export const sessionSchema = z.object({ token: z.string().min(1), user: userSchema }).meta({ id: 'Session' })
export type Session = z.infer<typeof sessionSchema>

/** GET /session: who the bearer token belongs to. The client shows this, never what a tab stored. */
export const currentSessionSchema = z.object({ user: userSchema }).meta({ id: 'CurrentSession' })
export type CurrentSession = z.infer<typeof currentSessionSchema>
