/** Mount point of the Projects view; the view itself lands in this feature folder. */
export function ProjectsPage() {
  return (
    <section className="page">
      <h1>Projects</h1>
    </section>
  );
}
