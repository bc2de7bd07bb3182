import './styles'
import { TransitionDialog } from './transition-dialog'

/** The transition dialog with its styles, as a default export for `React.lazy` (next-step-action.tsx). */
export default TransitionDialog
