/** The gallery application template every cross-tenant sync configuration is made from. */
export const CROSS_TENANT_SYNC_TEMPLATE_ID = '518e5f48-1fc8-4c48-9387-9fdf28b0dfe7';

/** The synchronization job template of cross-tenant sync. */
export const AZURE2AZURE_TEMPLATE = 'Azure2Azure';

/** The app role every assignment to a configuration uses. */
export const MSIAM_ACCESS = 'msiam_access';
