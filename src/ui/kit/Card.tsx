// A card: one item's details as an article named by its title, on a raised surface. Plain markup:
// an article with a heading is already what assistive technology expects.
import { useId, type ReactNode } from 'react';
import './kit.css';

export function Card({ title, children, className = '' }: { title: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <article className={`kit-card ${className}`.trim()} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </article>
  );
}
