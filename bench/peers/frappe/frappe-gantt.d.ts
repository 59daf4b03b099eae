// frappe-gantt ships no type declarations; the bench uses only its constructor.
declare module 'frappe-gantt' {
  export default class Gantt {
    constructor(wrapper: HTMLElement | string, tasks: object[], options?: Record<string, unknown>);
  }
}
