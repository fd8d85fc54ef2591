import { describe, expect, it } from 'vitest';
import { safeUrl, workspaceName } from './workspace';

describe('workspaceName', () => {
  it('names a SQLite workspace by its file, without the extension', () => {
    expect(workspaceName('sqlite:/home/lea/.local/share/app.switchboard.desk/workspace.db')).toBe('workspace');
    expect(workspaceName('sqlite:/tmp/crisis-day.sqlite')).toBe('crisis-day');
    expect(workspaceName('sqlite:C:\\Users\\lea\\desk.db')).toBe('desk');
  });

  it('names a PostgreSQL desk by its database and host, never its user', () => {
    expect(workspaceName('postgres://lr@db.example:5432/care_desk')).toBe('care_desk @ db.example');
    expect(workspaceName('postgresql://desk:secret@10.0.0.4/switchboard')).toBe('switchboard @ 10.0.0.4');
  });

  it('keeps anything else as it is', () => {
    expect(workspaceName('memory')).toBe('memory');
  });
});

describe('safeUrl', () => {
  it('drops a password from the tooltip', () => {
    expect(safeUrl('postgres://desk:secret@10.0.0.4/switchboard')).toBe('postgres://desk@10.0.0.4/switchboard');
    expect(safeUrl('sqlite:/tmp/a.db')).toBe('sqlite:/tmp/a.db');
  });
});
