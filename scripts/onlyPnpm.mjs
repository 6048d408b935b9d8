// Refuses `npm install` / `yarn` at the workspace root: they would silently install only the root
// devDependencies and write a foreign lockfile. `npm test` and `npm run demo` bootstrap pnpm themselves.
const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  console.error(
    '[tn] This workspace is installed with pnpm. Run `npm test` or `npm run demo` (they install what is needed),\n' +
      '     or `npx -y pnpm@10.34.9 install`.',
  );
  process.exit(1);
}
