/**
 * What the Schedule tells a person about a drop it will not make, in one place: the toast after the drop, the
 * screen reader's announcement and any hint shown during the drag use these same words.
 */
export const dropMessages = {
  /** A task dropped on a teammate's row: Focus books time blocks for the signed-in person only. */
  taskOnOtherRow: 'Time blocks belong to the person who books them: drop the task on your own row.',
  /** A block dropped on another person's row: a block cannot change its owner, so it goes back. */
  blockOnOtherRow: 'A time block stays with the person who booked it, so it went back to its place.',
  /** A block dropped where it was. */
  notMoved: 'Not moved.',
} as const;
