/** The three Gantt libraries the planner is measured against (pages under bench/peers/). */
export const PEERS = ['dhtmlx', 'svar', 'frappe'] as const;
export type Peer = (typeof PEERS)[number];

export const PEER_NAMES: Record<Peer, string> = {
  dhtmlx: 'dhtmlx-gantt',
  svar: 'SVAR React Gantt',
  frappe: 'frappe-gantt',
};
