/**
 * The checker's code is a separate chunk, fetched on first use. Kept apart from the loader so
 * a test can make the fetch fail the way a dropped connection or a redeploy does.
 */
export const importChecker = () => import('../../shared/blame/check.ts');
