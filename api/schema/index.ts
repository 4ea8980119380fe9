// Imports every schema file (each registers its types and root fields), then builds the schema.
import { builder } from '../builder.js';
import './enums.js';
import './statement.js';
import './entity.js';
import './source.js';
import './actor.js';
import './place.js';
import './issue.js';
import './event.js';
import './event-provenance.js';
import './claim.js';
import './disagreement.js';
import './graph-element.js';
import './relationship.js';
import './statement-support.js';
import './neighborhood.js';
import './path.js';
import './search.js';
import './search-statements.js';
import './timeline.js';
import './stats.js';
import './revision.js';
import './review-fields.js';
import './mutations/index.js';

export const schema = builder.toSchema({ sortSchema: true });
