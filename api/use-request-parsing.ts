import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES } from './errors.js';

// Yoga's own request parsing throws plain errors for some malformed requests (`variables=` or
// `extensions=` that are not JSON on GET): those would be logged with a stack and answered as
// INTERNAL_SERVER_ERROR. Here they are the client's mistake: a 400 naming what to fix.
export function useRequestParsing(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof Error && error.name === 'GraphQLError') throw error;
          throw createGraphQLError(
            'The request could not be read: `query` must be a string, and `variables` and `extensions` JSON objects (URL-encoded on GET).',
            { extensions: { code: ERROR_CODES.BAD_USER_INPUT, http: { status: 400 } } },
          );
        }
      });
    },
  };
}
