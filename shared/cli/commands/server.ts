import type { Command } from 'commander';
import { MEMBER_ROLES, type MemberRole } from '../../sync/protocol.ts';
import type { Member, TeamStore } from '../server/store.ts';

type ServerOptions = { port: string; host: string; database: string; redis?: string };
type MemberOptions = { database: string; project: string; json?: boolean };

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`not a port: ${value}`);
  return n;
}

// The server's packages load only when a server command runs, so the other commands start fast.
async function openStore(url: string): Promise<TeamStore> {
  const { openTeamStore } = await import('../server/store.ts');
  return openTeamStore(url);
}

function describeMember(member: Member): string {
  return `${member.memberId}  ${member.role.padEnd(6)}  ${member.name}${member.revoked ? '  (revoked)' : ''}`;
}

/** `koor server` runs a team server; `koor member add|revoke|list` manages who may use a project. */
export function registerServer(program: Command): void {
  program
    .command('server')
    .description(
      'run a team server for live shared projects (Hocuspocus and PostgreSQL; see docs/team-sync.md)',
    )
    .requiredOption('--database <url>', 'PostgreSQL, as postgres://user:password@host:port/database')
    .option('--port <n>', 'the port to listen on', '1234')
    .option('--host <address>', 'the address to listen on (put a TLS reverse proxy in front)', '127.0.0.1')
    .option('--redis <url>', 'redis://host:port, to run several instances for the same projects')
    .action(async (options: ServerOptions) => {
      const { startTeamServer } = await import('../server/teamServer.ts');
      const server = await startTeamServer({
        port: port(options.port),
        host: options.host,
        database: options.database,
        ...(options.redis ? { redis: options.redis } : {}),
      });
      process.stdout.write(`koor: team server on ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void server.stop().finally(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });

  const member = program
    .command('member')
    .description('invite, revoke and list the members of a shared project');
  member
    .command('add')
    .description('invite a member; prints the invitation token once (the server keeps only its hash)')
    .requiredOption('--database <url>', 'the team server’s PostgreSQL database')
    .requiredOption('--project <id>', 'the shared project’s id')
    .requiredOption('--name <name>', 'the member’s name, as shown beside their codings')
    .option('--role <role>', `one of ${MEMBER_ROLES.join(', ')}`, 'coder')
    .action(async (options: MemberOptions & { name: string; role: string }) => {
      if (!MEMBER_ROLES.includes(options.role as MemberRole))
        throw new Error(`unknown role: ${options.role}`);
      const store = await openStore(options.database);
      try {
        const { member: added, token } = await store.invite(
          options.project,
          options.name,
          options.role as MemberRole,
        );
        process.stdout.write(options.json ? `${JSON.stringify({ ...added, token })}\n` : `${token}\n`);
      } finally {
        await store.close();
      }
    })
    .option('--json', 'print the member and token as JSON');
  member
    .command('revoke')
    .description('revoke a member’s token: the server refuses it from now on')
    .requiredOption('--database <url>', 'the team server’s PostgreSQL database')
    .requiredOption('--project <id>', 'the shared project’s id')
    .requiredOption('--member <id>', 'the member’s id (koor member list)')
    .action(async (options: MemberOptions & { member: string }) => {
      const store = await openStore(options.database);
      try {
        if (!(await store.revoke(options.project, options.member))) {
          process.stderr.write(`koor: no active member ${options.member} in project ${options.project}\n`);
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
  member
    .command('list')
    .description('list the members of a shared project')
    .requiredOption('--database <url>', 'the team server’s PostgreSQL database')
    .requiredOption('--project <id>', 'the shared project’s id')
    .option('--json', 'print JSON')
    .action(async (options: MemberOptions) => {
      const store = await openStore(options.database);
      try {
        const members = await store.members(options.project);
        process.stdout.write(
          options.json
            ? `${JSON.stringify(members, null, 2)}\n`
            : `${members.map(describeMember).join('\n')}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
