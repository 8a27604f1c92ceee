/**
 * The wire protocol's version, sent by the client in the handshake's `auth.protocol`. Raised only
 * when a change is not an addition (an addition keeps older clients working). A server speaking
 * another version answers `closing` `{reason: "unsupported_protocol", protocol}` with its own, so
 * the web app can tell the person to reload the page (or wait for the server's upgrade).
 * A handshake without `protocol` is from a client older than this field: version 1.
 */
export const PROTOCOL_VERSION = 1;
