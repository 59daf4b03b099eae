import { editAnswer, expect, test } from './fixtures';
import { bar, LANE_H, openTimeline, pickTask, reveal } from './timeline-helpers';

// Values Toggl's schema allows that cannot be drawn as they are: a lane (weight) without bound. The record is
// drawn all the same, in reach.

type GroupsPage = { data: { id: number; tasks: Record<string, unknown>[] }[] };

for (const weight of [1_000_000, 2 ** 40])
  test(`a task whose lane (weight) is ${weight} is drawn in reach, in a row a few lanes tall`, async ({
    page,
    app,
  }) => {
    const task = pickTask(app);
    let tasksInRow = 0;
    await editAnswer(page, /\/tasks\/groups\/users$/, (body) => {
      const groups = body as GroupsPage;
      for (const g of groups.data)
        for (const t of g.tasks)
          if (t.id === task.id) {
            t.weight = weight;
            tasksInRow = g.tasks.length;
          }
      return groups;
    });
    await openTimeline(page, 'users', task.start_date);
    const row = page.locator(`[data-row="users:${task.user_id}"]`);
    await reveal(page, bar(page, task.id));
    await expect(bar(page, task.id)).toBeInViewport();
    expect(tasksInRow).toBeGreaterThan(0);
    // Before, the row was weight lanes tall (30,000,100 px for 1,000,000) and the bar at its bottom.
    const rowBox = (await row.boundingBox())!;
    const barBox = (await bar(page, task.id).boundingBox())!;
    expect(rowBox.height).toBeLessThanOrEqual((2 * tasksInRow + 1) * LANE_H + 12);
    expect(barBox.y).toBeGreaterThanOrEqual(rowBox.y);
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
  });
