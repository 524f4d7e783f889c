/** What provisioning writes into env/.env.<env>; fixed values so the app package can be built offline. */
export const PROVISIONED = {
  TEAMS_APP_ID: '6c0a4a63-3d4b-4d0c-9d6a-1d2b3c4d5e6f',
  BOT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
  BOT_DOMAIN: 'ctsbotdev.azurewebsites.net',
};
