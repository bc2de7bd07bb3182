import { Alert, Anchor, List } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { fieldLabel, type FormFieldName } from './form-values'

export type SummaryError = { name: FormFieldName; message: string }

type Props = {
  errors: SummaryError[]
  /** Changes on every failed submit, so that the summary takes focus each time. */
  focusKey: number
  onFocusField: (name: FormFieldName) => void
}

/** On submit, the errors in one place: focus moves here, and each error links to its field. */
export function ErrorSummary({ errors, focusKey, onFocusField }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const shown = errors.length > 0
  // Focus once per failed submit, as soon as the errors are on screen (they may arrive a render later).
  const focusedFor = useRef(0)
  useEffect(() => {
    if (!shown || focusKey === focusedFor.current || !ref.current) return
    focusedFor.current = focusKey
    ref.current.focus()
  }, [focusKey, shown])

  if (!shown) return null
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={
        errors.length === 1 ? 'There is a problem with 1 field' : `There are problems with ${errors.length} fields`
      }
    >
      <List size="sm" spacing={4}>
        {errors.map((error) => (
          <List.Item key={error.name}>
            <Anchor
              href={`#${error.name}`}
              size="sm"
              onClick={(event) => {
                event.preventDefault()
                onFocusField(error.name)
              }}
            >
              {fieldLabel(error.name)}: {error.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
