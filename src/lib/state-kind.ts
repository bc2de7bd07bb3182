import { type StateKind, stateKinds } from '../api/contract'

const labels: Record<StateKind, { one: string; many: string }> = {
  'participating-state': { one: 'Participating State', many: 'Participating States' },
  'asian-partner': { one: 'Asian Partner for Co-operation', many: 'Asian Partners for Co-operation' },
  'mediterranean-partner': {
    one: 'Mediterranean Partner for Co-operation',
    many: 'Mediterranean Partners for Co-operation',
  },
}

export const stateKindLabel = (kind: StateKind): string => labels[kind].one
export const stateKindPlural = (kind: StateKind): string => labels[kind].many

export const isStateKind = (value: string): value is StateKind => stateKinds.some((kind) => kind === value)
