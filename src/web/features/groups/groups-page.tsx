/** Mount point of the Groups view; the view itself lands in this feature folder. */
export function GroupsPage() {
  return (
    <section className="page">
      <h1>Groups</h1>
    </section>
  );
}
