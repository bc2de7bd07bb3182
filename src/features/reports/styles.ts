// The placeholder shown while the charts' code loads; only pages with reports need it.
import '@mantine/core/styles/Skeleton.css'
