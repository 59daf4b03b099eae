/** The README's screenshots: which view, at which size, in which colour scheme. */
export interface Shot {
  /** File name without extension. */
  name: string;
  path: string;
  size: 'desktop' | 'phone';
  scheme: 'light' | 'dark';
  /** What must be on screen before the picture is taken. */
  ready: string;
}

export const SIZES = {
  desktop: { width: 1600, height: 1000 },
  phone: { width: 390, height: 844 },
} as const;

export const SHOTS: Shot[] = [
  { name: 'timeline-desktop', path: '/timeline', size: 'desktop', scheme: 'light', ready: '.tl-bar' },
  {
    name: 'schedule-desktop',
    path: '/schedule',
    size: 'desktop',
    scheme: 'light',
    ready: '[data-testid="time-block"]',
  },
  {
    name: 'schedule-desktop-dark',
    path: '/schedule',
    size: 'desktop',
    scheme: 'dark',
    ready: '[data-testid="time-block"]',
  },
  {
    name: 'projects-desktop',
    path: '/projects',
    size: 'desktop',
    scheme: 'light',
    ready: '[data-testid="project-row"]',
  },
  {
    name: 'groups-desktop',
    path: '/groups',
    size: 'desktop',
    scheme: 'light',
    ready: '[data-testid="group-card"]',
  },
  {
    name: 'team-desktop',
    path: '/team',
    size: 'desktop',
    scheme: 'light',
    ready: '[data-testid="team-member"]',
  },
  {
    name: 'schedule-phone',
    path: '/schedule',
    size: 'phone',
    scheme: 'light',
    ready: '[data-testid="time-block"]',
  },
  { name: 'timeline-phone', path: '/timeline', size: 'phone', scheme: 'light', ready: '.tl-bar' },
  {
    name: 'projects-phone',
    path: '/projects',
    size: 'phone',
    scheme: 'light',
    ready: '[data-testid="project-row"]',
  },
  {
    name: 'projects-phone-dark',
    path: '/projects',
    size: 'phone',
    scheme: 'dark',
    ready: '[data-testid="project-row"]',
  },
];
