import type { FieldOperation } from '../../api/contract'

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

export const operationTypeLabel = (type: FieldOperation['type']): string => capitalize(type)
export const operationStatusLabel = (status: FieldOperation['status']): string => capitalize(status)
