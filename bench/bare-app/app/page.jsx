/** Static: prerendered at build time. */
export default function Home() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>A static page of a bare Next.js app.</p>
    </main>
  );
}
