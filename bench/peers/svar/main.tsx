import { Gantt, Willow } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../shared/page.css';
import './svar.css';
import { byGroup, dayAfter, expose, localDate } from '../shared/harness';

expose((data, root) => {
  const tasks: object[] = [];
  for (const g of byGroup(data)) {
    tasks.push({
      id: `g${g.id}`,
      text: g.name,
      type: 'summary',
      open: true,
      start: localDate(g.start),
      end: dayAfter(g.end),
    });
    for (const t of g.tasks) {
      tasks.push({
        id: t.id,
        text: t.name,
        type: 'task',
        parent: `g${g.id}`,
        start: localDate(t.start),
        end: dayAfter(t.end),
        progress: 0,
      });
    }
  }
  // flushSync: the first commit happens inside the timed call, as with the other libraries.
  flushSync(() =>
    createRoot(root).render(
      <Willow>
        <Gantt tasks={tasks as never} />
      </Willow>,
    ),
  );
});
