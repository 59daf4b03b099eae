import { gantt } from 'dhtmlx-gantt';
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import '../shared/page.css';
import { byGroup, expose } from '../shared/harness';

// Library defaults otherwise (smart rendering is on by default), day scale like the planner.
expose((data, root) => {
  gantt.config.date_format = '%Y-%m-%d';
  gantt.config.open_tree_initially = true;
  gantt.init(root);
  const rows: object[] = [];
  for (const g of byGroup(data)) {
    rows.push({ id: `g${g.id}`, text: g.name, type: 'project', open: true, parent: 0 });
    for (const t of g.tasks) {
      // dhtmlx end dates are exclusive.
      const end = new Date(`${t.end}T00:00:00`);
      end.setDate(end.getDate() + 1);
      rows.push({
        id: t.id,
        text: t.name,
        start_date: t.start,
        end_date: gantt.date.date_to_str('%Y-%m-%d')(end),
        parent: `g${g.id}`,
      });
    }
  }
  gantt.parse({ data: rows, links: [] });
});
