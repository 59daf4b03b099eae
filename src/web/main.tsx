import '@/web/app/early-view';
import '@/web/app/styles.css';

// The app comes as a second chunk, so this entry stays small: on /timeline and /schedule it asks for the view's first reads while
// the app's 737 kB still load and run (app/early-view); the stylesheet is linked from the page as before.
void import('@/web/app/boot');
