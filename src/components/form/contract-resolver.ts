import { zodResolver } from '@hookform/resolvers/zod'
import type { FieldValues, Resolver } from 'react-hook-form'
import type { z } from 'zod'

/**
 * Validates a form with a contract schema. `toInput` turns what the inputs hold (text)
 * into what the API takes first: an empty year becomes "missing" (not 0), an empty
 * optional field null, so the messages are the contract's own.
 */
export function contractResolver<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput>,
  toInput: (values: TValues) => unknown,
): Resolver<TValues, unknown, TOutput> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TOutput>
  return (values, context, options) => resolve(toInput(values) as TValues, context, options)
}

/** '' → undefined, so z.coerce.number() says the field is required instead of coercing to 0. */
export const yearOrMissing = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim())

/** '' → null for optional text. */
export const textOrNull = (text: string): string | null => (text.trim() === '' ? null : text)
