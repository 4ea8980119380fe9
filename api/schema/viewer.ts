import type { Viewer as ViewerRecord } from '../auth/viewer.js';
import { builder } from '../builder.js';

// Who the token names, so a client can decide which controls to show (the server still
// checks every write).
const Viewer = builder.objectRef<ViewerRecord>('Viewer').implement({
  description: 'The caller, as named by its bearer token.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.exposeString('role', { description: '`reader`, `editor` or `admin`.' }),
    canWrite: t.boolean({
      description: 'True for editors and admins.',
      resolve: (v) => v.role === 'editor' || v.role === 'admin',
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: 'The caller named by `Authorization: Bearer …`; null without a token.',
    resolve: (_root, _args, ctx) => ctx.auth?.viewer ?? null,
  }),
);
