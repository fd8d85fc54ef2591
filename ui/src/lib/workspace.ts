// How the header names the open workspace: a SQLite file by its name
// (without `.db`), a PostgreSQL desk by its database and host — never the
// raw URL, which may be long and, for PostgreSQL, carry a user name. The
// full URL stays in the tooltip (without a password).

/** The workspace's short name for the header. */
export function workspaceName(url: string): string {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).split('?')[0];
    const file = path.split(/[\\/]/).pop() || path;
    return file.replace(/\.(db|sqlite3?)$/i, '') || file;
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const u = new URL(url);
      const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
      return u.hostname ? `${db} @ ${u.hostname}` : db;
    } catch {
      return url;
    }
  }
  return url;
}

/** The URL without a password, for the tooltip. */
export function safeUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/, '$1@');
}
