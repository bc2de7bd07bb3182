import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { expect, test, vi } from 'vitest'
import { BodyField } from './body-field'
import { emptyFormValues } from './form-values'

// The editor's chunk never arrives here: the stand-in that holds its place stays.
vi.mock('./body-editor', () => new Promise(() => {}))

function Form() {
  const { control } = useForm({ defaultValues: emptyFormValues() })
  return (
    <MantineProvider env="test">
      <BodyField control={control} />
    </MantineProvider>
  )
}

test('while the editor loads, the body’s stand-in takes the room the editor will, and says why', async () => {
  render(<Form />)
  const standIn = await screen.findByRole('textbox', { name: 'Body' })
  expect(standIn).toHaveAccessibleDescription('Loading the editor…')
  expect(standIn).toHaveAttribute('readonly')
  // The loaded editor's height (body-editor.tsx): nothing below moves when it arrives.
  expect(standIn.parentElement).toHaveStyle({ minHeight: '16rem' })
})
