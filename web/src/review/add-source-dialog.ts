import { ApiError } from '../api/client.js';
import { h } from '../app/dom.js';
import { ingestSource } from './ingest-source.js';
import { type ArticleDraft, readHtmlArticle, readTextArticle } from './read-article-file.js';

// "Add a source": paste text or drop a .txt / saved .html file, check the fields the file
// filled in, and ingest. A duplicate is named and opened instead; errors say what to fix.
export interface AddSourceDialog {
  element: HTMLDialogElement;
  open(): void;
}

function row(label: string, control: HTMLElement, id: string, hint?: string): HTMLElement {
  control.id = id;
  return h(
    'div',
    { class: 'form-row' },
    h('label', { text: label, attrs: { for: id } }),
    control,
    hint ? h('span', { class: 'muted small', text: hint }) : null,
  );
}

export function createAddSourceDialog(onAdded: (sourceId: string, note: string) => void): AddSourceDialog {
  const text = h('textarea', { attrs: { rows: '10', required: true } });
  const file = h('input', { attrs: { type: 'file', accept: '.txt,.md,.html,.htm,text/plain,text/html' } });
  const title = h('input', { attrs: { type: 'text', required: true } });
  const outlet = h('input', { attrs: { type: 'text' } });
  const url = h('input', { attrs: { type: 'url', placeholder: 'https://…' } });
  const published = h('input', { attrs: { type: 'date' } });
  const status = h('p', { class: 'add-source-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const progress = h('progress', {
    class: 'add-source-progress',
    attrs: { hidden: true, 'aria-label': 'Adding the source' },
  });
  const submit = h('button', { class: 'btn btn-primary', text: 'Add and review', attrs: { type: 'submit' } });
  const cancel = h('button', { class: 'btn', text: 'Cancel', attrs: { type: 'button' } });
  const drop = h(
    'div',
    { class: 'drop-zone' },
    row('Article text', text, 'add-source-text', 'Paste the text, or drop a .txt or saved .html file here.'),
    row('…or choose a file', file, 'add-source-file'),
  );
  const form = h(
    'form',
    { class: 'add-source-form' },
    h('h2', { text: 'Add a source', attrs: { id: 'add-source-title' } }),
    drop,
    row('Title', title, 'add-source-title-input'),
    row('Outlet', outlet, 'add-source-outlet'),
    row('URL', url, 'add-source-url'),
    row(
      'Publication date',
      published,
      'add-source-published',
      'Dates such as "on Friday" are read against it.',
    ),
    progress,
    status,
    h('div', { class: 'dialog-actions' }, cancel, submit),
  );
  const element = h(
    'dialog',
    { class: 'dialog add-source-dialog', attrs: { 'aria-labelledby': 'add-source-title' } },
    form,
  );
  cancel.addEventListener('click', () => element.close());
  const say = (message: string, error = false) => {
    status.textContent = message;
    status.classList.toggle('is-error', error);
  };

  const fill = (draft: ArticleDraft) => {
    text.value = draft.text;
    if (draft.title) title.value = draft.title;
    if (draft.outlet) outlet.value = draft.outlet;
    if (draft.url) url.value = draft.url;
    if (draft.publishedAt) published.value = draft.publishedAt;
  };
  const readFile = async (picked: File) => {
    const raw = await picked.text();
    if (/\.html?$/i.test(picked.name) || picked.type === 'text/html') {
      const draft = readHtmlArticle(raw);
      if (!draft)
        return say(
          `${picked.name}: no article found in this page. Save the article page itself, or paste its text.`,
          true,
        );
      fill(draft);
    } else {
      fill(readTextArticle(raw));
    }
    say(`Read ${picked.name}; check the fields, then add it.`);
  };
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked) void readFile(picked);
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('is-over');
    const picked = event.dataTransfer?.files[0];
    if (picked) void readFile(picked);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) return say('Paste the article text or choose a file first.', true);
    if (!title.value.trim()) return say('Give the source a title.', true);
    submit.disabled = true;
    progress.hidden = false;
    say('Adding the source and finding its proposals…');
    try {
      const result = await ingestSource({
        text: text.value,
        title: title.value.trim(),
        outlet: outlet.value.trim() || null,
        url: url.value.trim() || null,
        publishedAt: published.value || null,
      });
      const note = result.created
        ? `Added “${result.source.title}” with ${result.proposals.length} proposals.`
        : `Not added again: this is “${result.source.title}”, already stored (same ${result.duplicateBy ?? 'text'}). Opened it instead.`;
      form.reset();
      element.close();
      onAdded(result.source.id, note);
    } catch (error) {
      say(
        error instanceof ApiError || error instanceof Error
          ? `Not added: ${error.message}`
          : 'Not added: the API failed.',
        true,
      );
    } finally {
      submit.disabled = false;
      progress.hidden = true;
    }
  });

  return {
    element,
    open: () => {
      say('');
      element.showModal();
      text.focus();
    },
  };
}
