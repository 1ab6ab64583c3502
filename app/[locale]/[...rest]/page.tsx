import { notFound } from 'next/navigation';

/** Any path under a language that no page claims gets that language's 404 page. */
export default function CatchAll(): never {
  notFound();
}
