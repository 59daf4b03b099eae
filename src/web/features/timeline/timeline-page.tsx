/** Mount point of the Timeline view; the view itself lands in this feature folder. */
export function TimelinePage() {
  return (
    <section className="page">
      <h1>Timeline</h1>
    </section>
  );
}
