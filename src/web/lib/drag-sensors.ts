import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type KeyboardSensorOptions,
  type PointerActivationConstraint,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';

/**
 * How a drag starts, for every drag-and-drop view (Schedule blocks and tasks, Timeline bars).
 *
 * - A mouse or pen drags once it has moved a few pixels: a click stays a click.
 * - A finger drags only after it has been held still for a moment (press and hold). A swipe that starts on a
 *   draggable moves more than the tolerance before the delay is over, so it cancels the pending drag and the
 *   browser scrolls: scrolling always wins. Once a touch drag runs, dnd-kit's TouchSensor cancels the
 *   `touchmove` events, so the page does not scroll under the finger.
 *
 * For this to work a draggable must let the browser pan: `touch-action: manipulation` (never `none`, which
 * makes a swipe on it scroll nothing), and `-webkit-touch-callout: none` so a long press opens no menu.
 */
export const MOUSE_ACTIVATION: PointerActivationConstraint = { distance: 6 };
export const TOUCH_ACTIVATION: PointerActivationConstraint = { delay: 250, tolerance: 8 };

/** The pointer sensor for mouse and pen only: touches start at the TouchSensor (press and hold). */
export class MouseOrPenSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: ReactPointerEvent, options: PointerSensorOptions) =>
        event.nativeEvent.pointerType !== 'touch' && PointerSensor.activators[0].handler(event, options),
    },
  ];
}

/** The sensors of a drag-and-drop view: mouse or pen by distance, touch by press and hold, and the keyboard. */
export function useDragSensors(keyboard: KeyboardSensorOptions) {
  return useSensors(
    useSensor(MouseOrPenSensor, { activationConstraint: MOUSE_ACTIVATION }),
    useSensor(TouchSensor, { activationConstraint: TOUCH_ACTIVATION }),
    useSensor(KeyboardSensor, keyboard),
  );
}

/**
 * How long after a pointer or touch drag ends dnd-kit keeps stopping every click on the document (a capture
 * listener, so the drop's own mouseup makes no click). A dialog opened by the drop loses a click, or an Enter on
 * its focused button, in that time: seen in e2e, where Enter on the question after a drop did nothing.
 */
const SENSOR_CLICK_GUARD_MS = 50;

/**
 * Runs `fn` once the drop's sensor has let go of the document's clicks: for what a drop opens (a question).
 * A timer of the same length set after the sensor's runs after it (timers of equal delay keep their order).
 */
export function afterDropLetGo(fn: () => void): void {
  setTimeout(fn, SENSOR_CLICK_GUARD_MS);
}

/** Where a mouse, pen or touch event happened (the first finger), or null for a keyboard event. */
export function clientPoint(event: Event | null | undefined): { x: number; y: number } | null {
  if (!event) return null;
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) {
    const touch = event.touches[0] ?? event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  if (event instanceof MouseEvent) return { x: event.clientX, y: event.clientY };
  return null;
}

/**
 * Follows the pointer (mouse, pen or finger) until the returned function is called: for drops that land under
 * the pointer rather than where dnd-kit's scroll-adjusted delta says.
 */
export function followPointer(onMove: (point: { x: number; y: number }) => void): () => void {
  const listener = (e: Event) => {
    const point = clientPoint(e);
    if (point) onMove(point);
  };
  window.addEventListener('pointermove', listener);
  window.addEventListener('touchmove', listener, { passive: true });
  return () => {
    window.removeEventListener('pointermove', listener);
    window.removeEventListener('touchmove', listener);
  };
}
