import type { CredentialStore } from './credentialStore.js';

/** The `auth.me` object for a user (`AuthMeResult`). @internal */
export function userInfo(credentials: CredentialStore, username: string): Record<string, unknown> {
  const user = credentials.user(username);
  const uid = credentials.uidOf(username);
  const admin = username === 'root' || username === 'truenas_admin';
  const attributes = ['LOCAL'];
  if (admin) attributes.push('SYS_ADMIN');
  if (user?.otp) attributes.push('2FA');
  return {
    pw_name: username,
    pw_gecos: user?.fullName ?? username,
    pw_dir: username === 'root' ? '/root' : `/home/${username}`,
    pw_shell: '/usr/bin/zsh',
    pw_uid: uid,
    pw_gid: uid,
    grouplist: admin ? [uid, 544] : [uid],
    sid: null,
    source: 'LOCAL',
    local: true,
    attributes: {},
    two_factor_config: { secret_configured: Boolean(user?.otp), interval: 30, otp_digits: 6 },
    privilege: {
      roles: { $set: ['FULL_ADMIN'] },
      allowlist: [{ method: '*', resource: '*' }],
      web_shell: true,
    },
    account_attributes: attributes,
  };
}
