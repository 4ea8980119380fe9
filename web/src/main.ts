import './styles/app.css';
import './styles/panels.css';
import './styles/timeline.css';
import './styles/reader.css';
import './styles/review.css';
import { startApp } from './app/app.js';
import { mountAuthControls } from './auth/auth-controls.js';
import { createAuthStore } from './auth/auth-store.js';
import { mountHistory } from './review/mount-history.js';
import { mountReview } from './review/mount-review.js';
import { mountProposedToggle } from './review/proposed-toggle.js';

const root = document.getElementById('app');
if (root) {
  const ctx = startApp(root);
  const auth = createAuthStore();
  mountReview(ctx, auth);
  mountHistory(ctx, auth);
  mountProposedToggle(ctx, auth);
  mountAuthControls(ctx.shell.headerActions, auth);
}
