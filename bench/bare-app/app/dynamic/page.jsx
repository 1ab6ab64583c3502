import { connection } from 'next/server';

/** Dynamic: rendered on every request, like Guichet's pages. */
export default async function Dynamic({ searchParams }) {
  await connection();
  const { q = '' } = await searchParams;
  return (
    <main>
      <h1>Bare dynamic page</h1>
      <p>
        Rendered at {new Date().toISOString()} for “{String(q).slice(0, 40)}”.
      </p>
    </main>
  );
}
