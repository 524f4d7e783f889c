// The access room's service side: who the person acting is in Entra. The bot turns memberships into roles.
export { entraMemberships, type MembershipGateway, type MembershipLookup } from './memberships';
