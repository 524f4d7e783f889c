/** What provisioning writes into env/.env.<env>; fixed values so the app package can be built offline. */
export const PROVISIONED = {
  TEAMS_APP_ID: '6c0a4a63-3d4b-4d0c-9d6a-1d2b3c4d5e6f',
  BOT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
  BOT_DOMAIN: 'ctsbotdev.azurewebsites.net',
  // The SSO app registration (docs/deploy.md, "Acting as the admin"): webApplicationInfo.id.
  SSO_CLIENT_ID: '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
};
