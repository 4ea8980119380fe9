import { ApiError } from '../api/client.js';
import { clear, h } from './dom.js';

// The error banner: what is wrong, what still works, and a Retry that really retries. It is
// shown whenever loading fails, so the page is never blank.

export function describeFailure(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return {
          title: 'Cannot reach the API server.',
          detail: 'Check that `npm start` is running, then retry.',
        };
      case 'timeout':
        return {
          title: 'The API server is not answering.',
          detail: 'It may be busy or restarting; retry in a moment.',
        };
      case 'database':
        return {
          title: 'The graph database (Neo4j) is unavailable.',
          detail: 'The API is up and recovers by itself when Neo4j is back; retry in a moment.',
        };
      case 'http':
        // What a proxy answers when the app server behind it is down.
        if (['HTTP_502', 'HTTP_503', 'HTTP_504'].includes(error.code ?? '')) {
          return {
            title: 'Cannot reach the API server.',
            detail: `${error.message}. Check that \`npm start\` is running, then retry.`,
          };
        }
        return { title: 'The API server failed.', detail: error.message };
      case 'graphql':
        return { title: 'The API refused a request.', detail: error.message };
    }
  }
  return { title: 'Something went wrong.', detail: error instanceof Error ? error.message : String(error) };
}

export interface Banner {
  show(error: unknown, onRetry: () => void): void;
  hide(): void;
}

export function createBanner(element: HTMLElement): Banner {
  return {
    show(error, onRetry) {
      const { title, detail } = describeFailure(error);
      clear(element);
      const retry = h('button', {
        class: 'btn btn-retry',
        text: 'Retry',
        attrs: { type: 'button' },
        on: { click: () => onRetry() },
      });
      element.append(
        h('strong', { class: 'banner-title', text: title }),
        h('span', { class: 'banner-detail', text: detail }),
        retry,
      );
      element.hidden = false;
      document.body.dataset.error = error instanceof ApiError ? error.kind : 'unknown';
    },
    hide() {
      element.hidden = true;
      clear(element);
      delete document.body.dataset.error;
    },
  };
}
