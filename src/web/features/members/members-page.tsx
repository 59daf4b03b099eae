/** Mount point of the Project members view; the view itself lands in this feature folder. */
export function MembersPage() {
  return (
    <section className="page">
      <h1>Project members</h1>
    </section>
  );
}
