/** Current design file format version; older files go through `migrations.ts`. (Apart from `schema.ts`: code that only stamps the format needs no zod.) */
export const DESIGN_FORMAT = 2;
