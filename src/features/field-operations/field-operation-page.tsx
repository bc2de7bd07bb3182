import { Button, Group, Stack } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { fieldOperationQueries } from '../../api/field-operations'
import { useCanManageReference } from '../../components/form/use-can-manage-reference'
import { PageHeader } from '../../components/page-header'
import { AnchorLink } from '../../components/router-links'
import { OperationDetails } from './operation-details'
import { OperationDialogs } from './operation-dialogs'
import { OperationReleases } from './operation-releases'
import { useOperationDialogs } from './use-operation-dialogs'

const route = getRouteApi('/_authenticated/field-operations/$id')

/** One field operation: its details, and the releases assigned to it (paged, newest first). */
export function FieldOperationPage() {
  const { id } = route.useParams()
  const page = route.useSearch({ select: (search) => search.page ?? 1 })
  const navigate = route.useNavigate()
  const { data: operation } = useSuspenseQuery(fieldOperationQueries.detail(id))
  const canManage = useCanManageReference()
  const dialogs = useOperationDialogs()

  return (
    <Stack gap="md">
      <AnchorLink to="/field-operations" size="sm">
        ← All field operations
      </AnchorLink>
      <PageHeader
        title={operation.name}
        description={operation.head ? `Headed by ${operation.head}` : undefined}
        actions={
          canManage ? (
            <Group gap="xs">
              <Button variant="default" onClick={() => dialogs.edit.open(operation)}>
                Edit
              </Button>
              {operation.status === 'active' ? (
                <Button variant="default" color="red" onClick={() => dialogs.close.open(operation)}>
                  Close operation
                </Button>
              ) : (
                <Button variant="default" onClick={() => dialogs.reopen.open(operation)}>
                  Reopen operation
                </Button>
              )}
            </Group>
          ) : null
        }
      />
      <OperationDetails operation={operation} />
      <OperationReleases
        operationId={id}
        page={page}
        onPageChange={(next) => void navigate({ search: { page: next === 1 ? undefined : next } })}
      />
      <OperationDialogs dialogs={dialogs} />
    </Stack>
  )
}
