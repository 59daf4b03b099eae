import Gantt from 'frappe-gantt';
// The package's exports map names its stylesheet only under the "style" condition.
import '../../../node_modules/frappe-gantt/dist/frappe-gantt.css';
import '../shared/page.css';
import { byGroup, expose } from '../shared/harness';

// frappe-gantt has no tree: each group becomes a bar spanning its tasks, followed by its tasks.
expose((data, root) => {
  const rows: object[] = [];
  for (const g of byGroup(data)) {
    rows.push({
      id: `g${g.id}`,
      name: g.name,
      start: g.start,
      end: g.end,
      progress: 0,
      custom_class: 'group',
    });
    for (const t of g.tasks)
      rows.push({ id: String(t.id), name: t.name, start: t.start, end: t.end, progress: 0 });
  }
  // A fixed height makes the chart scroll inside itself, like the others (the default grows the page).
  new Gantt(root, rows, { view_mode: 'Day', container_height: window.innerHeight });
});
