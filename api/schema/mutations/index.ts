// Imports every mutation file (each registers its input, payload and root field).
import './mutation-type.js';
import './add-source.js';
import './ingest-source.js';
import './create-entity.js';
import './update-entity.js';
import './merge-entities.js';
import './create-relationship.js';
import './update-relationship.js';
import './review-proposals.js';
import './revert.js';
