import { CATEGORY_LABELS, type Category } from '../../../shared/domain/values.ts';

export function CategoryBadge({ category }: { category: Category }) {
  return <span className={`category category--${category}`}>{CATEGORY_LABELS[category]}</span>;
}
