// The react-admin anchor: a minimal react-admin 5 app over ra-data-fakerest, showing the
// releases list with its default search (500 ms debounce; `?debounce=0` for none), a show
// page with react-admin's Edit button, and a two-field edit form. Everything is left at
// react-admin's defaults (hash router, undoable save with its "Element updated" notice).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  Admin,
  DataTable,
  DateField,
  Edit,
  List,
  Resource,
  SearchInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  defaultDarkTheme,
  defaultLightTheme,
  type DataProvider,
  type RaThemeOptions,
} from 'react-admin'
import fakeDataProvider from 'ra-data-fakerest'
import { loadReleases } from '../shared/releases'

const debounce = Number(new URLSearchParams(window.location.search).get('debounce') ?? 500)

// A filter input's debounce is the filter form's own (FilterLiveForm, 500 ms by default), not
// the List's `debounce` (which applies to other filter calls): the form takes it from the
// theme. Both of react-admin's default themes get it, so the app is otherwise its default.
const withFilterDebounce = (theme: RaThemeOptions): RaThemeOptions => ({
  ...theme,
  components: {
    ...theme.components,
    ...({ RaFilterForm: { defaultProps: { debounce } } } as RaThemeOptions['components']),
  },
})
const lightTheme = withFilterDebounce(defaultLightTheme)
const darkTheme = withFilterDebounce(defaultDarkTheme)

const filters = [<SearchInput key="q" source="q" alwaysOn />]

const ReleaseList = () => (
  <List
    filters={filters}
    sort={{ field: 'updatedAt', order: 'DESC' }}
    perPage={25}
    debounce={debounce}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="summary" />
      <DataTable.Col source="status" />
      <DataTable.Col source="date" label="Dateline" />
      <DataTable.Col source="updatedAt" label="Last updated" field={DateField} />
    </DataTable>
  </List>
)

const ReleaseShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="summary" />
      <TextField source="status" />
      <TextField source="date" label="Dateline" />
    </SimpleShowLayout>
  </Show>
)

const ReleaseEdit = () => (
  <Edit>
    <SimpleForm>
      <TextInput source="title" label="Title" />
      <TextInput source="summary" label="Summary" multiline />
    </SimpleForm>
  </Edit>
)

function App({ dataProvider }: { dataProvider: DataProvider }) {
  return (
    <Admin dataProvider={dataProvider} lightTheme={lightTheme} darkTheme={darkTheme}>
      <Resource name="releases" list={ReleaseList} show={ReleaseShow} edit={ReleaseEdit} />
    </Admin>
  )
}

void loadReleases().then((releases) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App dataProvider={fakeDataProvider({ releases }, false)} />
    </StrictMode>,
  )
})
