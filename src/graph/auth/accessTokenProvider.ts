/** Gives an app-only access token for Graph; implementations cache and renew it. */
export interface AccessTokenProvider {
  getAccessToken(): Promise<string>;
}
