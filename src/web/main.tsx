import '@/web/app/early-timeline';
import '@/web/app/styles.css';

// The app comes as a second chunk, so this entry stays small: on /timeline it asks for the first rows while
// the app's 760 kB still load and run (app/early-timeline); the stylesheet is linked from the page as before.
void import('@/web/app/boot');
