<#
.SYNOPSIS
  Grants the bot's managed identity the Microsoft Graph application permissions its features need.

.DESCRIPTION
  A managed identity has no "API permissions" page: application permissions are app role
  assignments on its service principal. This script reads graph-permissions.json (one entry per
  feature), looks each permission up on the Microsoft Graph service principal and assigns the
  missing ones. Run it as a Privileged Role Administrator or Global Administrator, with the
  Microsoft.Graph PowerShell module (Install-Module Microsoft.Graph -Scope CurrentUser).

.PARAMETER PrincipalId
  Object id of the identity's service principal: BOT_PRINCIPAL_ID in env/.env.<env> after
  provisioning, or `az identity show -g <group> -n <name> --query principalId -o tsv`.

.PARAMETER Features
  Which features to enable. By default the ones that only read: roles, read, logs. The features that
  write (operate, scope, setup) are granted only when named: each makes this identity more powerful,
  setup and scope make it tier 0 (docs/deploy.md, section 3a). `reads` stands for the three read features.

.EXAMPLE
  ./infra/grant-graph-permissions.ps1 -PrincipalId 11111111-2222-3333-4444-555555555555
  Grants roles, read and logs: a bot that reads, explains and alerts, and changes nothing.

.PARAMETER SsoAppId
  GRAPH_WRITES=user: the Application (client) ID of the SSO app registration (SSO_CLIENT_ID). Its delegated
  permissions (graph-permissions.json, "delegated") are granted with admin consent for all users, so changes are
  made with each person's own token and their Entra roles decide; leave the managed identity on the read features.

.EXAMPLE
  ./infra/grant-graph-permissions.ps1 -PrincipalId 11111111-2222-3333-4444-555555555555 -SsoAppId 99999999-8888-7777-6666-555555555555
  GRAPH_WRITES=user: read and log permissions for the identity, delegated permissions for the SSO app.

.EXAMPLE
  ./infra/grant-graph-permissions.ps1 -PrincipalId 11111111-2222-3333-4444-555555555555 -Features reads,operate
  Adds the job controls (start, pause, restart, provision on demand) to the read features.
#>
param(
  [Parameter(Mandatory = $true)][string] $PrincipalId,
  [string[]] $Features = @('reads'),
  [string] $TenantId,
  [string] $SsoAppId
)
$ErrorActionPreference = 'Stop'

$catalog = Get-Content -Raw -Path (Join-Path $PSScriptRoot 'graph-permissions.json') | ConvertFrom-Json
$known = $catalog.features | ForEach-Object { $_.id }
$readFeatures = $catalog.features | Where-Object { -not $_.writes } | ForEach-Object { $_.id }
if ($Features -contains 'all') {
  throw "'all' is no longer a choice: name the write features you mean ($(($catalog.features | Where-Object { $_.writes } | ForEach-Object { $_.id }) -join ', ')), e.g. -Features reads,operate."
}
$named = @($Features | ForEach-Object { if ($_ -eq 'reads') { $readFeatures } else { $_ } })
$unknown = $named | Where-Object { $known -notcontains $_ }
if ($unknown) { throw "Unknown feature(s): $($unknown -join ', '). Choose from: reads, $($known -join ', ')." }
$chosen = $catalog.features | Where-Object { $named -contains $_.id }
$writes = $chosen | Where-Object { $_.writes } | ForEach-Object { $_.id }
if ($writes) { Write-Host "Granting write features: $($writes -join ', '). This identity is then tier 0 where it holds scope or setup (docs/deploy.md, section 3a)." }
$permissions = $chosen | ForEach-Object { $_.permissions } | Sort-Object -Unique

$connect = @{ Scopes = @('AppRoleAssignment.ReadWrite.All', 'Application.Read.All'); NoWelcome = $true }
if ($SsoAppId) { $connect.Scopes += 'DelegatedPermissionGrant.ReadWrite.All' }
if ($TenantId) { $connect.TenantId = $TenantId }
Connect-MgGraph @connect

# Microsoft Graph's own service principal, whose app roles are the application permissions.
$graph = Get-MgServicePrincipal -Filter "appId eq '00000003-0000-0000-c000-000000000000'"
$granted = Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $PrincipalId -All |
  Where-Object { $_.ResourceId -eq $graph.Id } | ForEach-Object { $_.AppRoleId }

foreach ($name in $permissions) {
  $role = $graph.AppRoles | Where-Object { $_.Value -eq $name -and $_.AllowedMemberTypes -contains 'Application' }
  if (-not $role) { throw "Microsoft Graph has no application permission named $name" }
  if ($granted -contains $role.Id) { Write-Host "already granted  $name"; continue }
  New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $PrincipalId -PrincipalId $PrincipalId `
    -ResourceId $graph.Id -AppRoleId $role.Id | Out-Null
  Write-Host "granted          $name"
}
Write-Host 'Done. New permissions reach the bot when its next Graph token is issued (restart the web app; managed identity tokens can be cached for up to 24 hours).'

# GRAPH_WRITES=user: admin consent to the SSO app's delegated permissions (one grant for all users on Graph).
if ($SsoAppId) {
  $sso = Get-MgServicePrincipal -Filter "appId eq '$SsoAppId'"
  if (-not $sso) { throw "No service principal for the SSO app $SsoAppId in this tenant: open its app registration once or run New-MgServicePrincipal -AppId $SsoAppId." }
  $scope = ($catalog.delegated.permissions | Sort-Object -Unique) -join ' '
  $existing = Get-MgOauth2PermissionGrant -Filter "clientId eq '$($sso.Id)' and resourceId eq '$($graph.Id)' and consentType eq 'AllPrincipals'"
  if ($existing) {
    Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId $existing.Id -Scope $scope
  } else {
    New-MgOauth2PermissionGrant -ClientId $sso.Id -ConsentType 'AllPrincipals' -ResourceId $graph.Id -Scope $scope | Out-Null
  }
  Write-Host "admin consent    $scope (delegated, SSO app $SsoAppId: each change is made with the person's own token)"
}
