// Admin components, as paths relative to the admin's import-map base directory (cms/).
export const COMPONENTS = '/../plugins/review-workflow/components'
