import assert from 'node:assert/strict';
import { Verb } from '../../src/cards/verbs';
import { cardOf, cardText } from '../support/adaptiveCard';
import { CONTOSO_A } from '../support/configurations';
import { fakeCatalog } from '../support/fakeCatalog';
import { LEVEL } from '../support/logs';
import { botUnderTest, HOME_TENANT } from '../support/turns';

const OTHER_TENANT = 'c0ffee00-1111-4222-8333-444455556666';
const foreign = {
  channelData: { tenant: { id: OTHER_TENANT } },
  conversation: { id: 'a:foreign', conversationType: 'personal', tenantId: OTHER_TENANT, isGroup: false, name: '' },
};

describe('tenant guard', () => {
  it('serves the home tenant (compared case-insensitively)', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), homeTenantId: HOME_TENANT.toUpperCase() });
    assert.match(cardText(cardOf((await t.say('list configurations'))[0])), /Contoso A/);
  });

  it('answers another tenant once, logs it, and runs nothing', async () => {
    const catalog = fakeCatalog([CONTOSO_A]);
    const t = botUnderTest({ catalog, homeTenantId: HOME_TENANT });
    const replies = await t.say('show configuration Contoso A', foreign);
    assert.equal(replies.length, 1);
    assert.match(cardText(cardOf(replies[0])), /Not available to your organization/);
    assert.equal(catalog.resolved.length, 0);
    const [logged] = t.logs.find('request not served');
    assert.equal(logged.level, LEVEL.warn);
    assert.equal(logged.code, 'ForeignTenant');
    assert.equal(logged.tenantId, OTHER_TENANT);
  });

  it('refuses card clicks from another tenant too', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), homeTenantId: HOME_TENANT });
    const { invoke } = await t.click(
      Verb.showConfiguration,
      { configurationId: CONTOSO_A.servicePrincipalId },
      foreign,
    );
    assert.match(String((invoke?.body as { value: unknown }).value), /Not available to your organization/);
  });

  it('serves everyone when no home tenant is configured', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    assert.match(cardText(cardOf((await t.say('list configurations', foreign))[0])), /Contoso A/);
  });
});
