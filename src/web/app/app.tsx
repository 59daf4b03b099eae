import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { readOpeningTimeline } from '@/web/features/timeline/api/opening-read';
import { createQueryClient } from '@/web/lib/query-client';
import { AppRoutes } from './routes';

export function App() {
  const [queryClient] = useState(() => {
    const qc = createQueryClient();
    // The view the app opens on reads its first rows as soon as the account is known, not after rendering.
    void readOpeningTimeline(qc, window.location);
    return qc;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
