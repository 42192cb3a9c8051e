/* global window, document */
// Koor's Content-Security-Policy, written before anything else loads. Nothing may be loaded from anywhere but
// the app itself; only a project shared with a team server adds that server's WebSocket origin (ws:// or
// wss://, stored under koor.teamServers when the project was shared) to connect-src. A static <meta> could
// not admit a server chosen later, and a policy can only ever be narrowed, never widened, once set.
(function () {
  var origins = [];
  try {
    var stored = JSON.parse(window.localStorage.getItem('koor.teamServers') || '[]');
    if (Array.isArray(stored)) {
      origins = stored.filter(function (origin) {
        return (
          typeof origin === 'string' &&
          /^wss?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^wss?:\/\/\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$/.test(origin)
        );
      });
    }
  } catch {
    origins = [];
  }
  var policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    ["connect-src 'self'"].concat(origins).join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.prepend(meta);
})();
