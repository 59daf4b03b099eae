/** Mount point of the Schedule view; the view itself lands in this feature folder. */
export function SchedulePage() {
  return (
    <section className="page">
      <h1>Schedule</h1>
    </section>
  );
}
