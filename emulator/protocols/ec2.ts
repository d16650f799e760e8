// Amazon EC2's query protocol (the EC2 flavour: no Result wrapper, lower-case elements), one
// operation: DescribeRegions. Errors are `<Response><Errors><Error><Code/><Message/></Error></Errors>`.
import { randomUUID } from 'node:crypto';
import type { Service } from './context.js';
import { type Reply, ServiceError } from './http.js';
import { deniedCaller } from '../identity/iam.js';

const NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

export const ec2Service: Service = {
  name: 'ec2',
  internalError: new ServiceError(500, 'InternalError', 'An internal error has occurred.'),

  recognise(call, scope) {
    const form = new URLSearchParams(call.body);
    const params = Object.fromEntries([...form].filter(([name]) => name !== 'Action' && name !== 'Version'));
    return { operation: form.get('Action') ?? 'Unknown', params, region: scope?.region };
  },

  respond(ctx, call, recognised, scope) {
    if (recognised.operation !== 'DescribeRegions')
      throw new ServiceError(400, 'InvalidAction', `The action ${recognised.operation} is not valid for this web service.`);
    if (!scope || !ctx.credentials.authenticate(ctx.scenario, call.headers, scope.accessKeyId).ok) {
      throw new ServiceError(401, 'AuthFailure', 'AWS was not able to validate the provided access credentials');
    }
    const caller = deniedCaller(ctx, 'ec2:DescribeRegions', scope);
    if (caller)
      throw new ServiceError(
        403,
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. User: ${caller} is not authorized to perform: ec2:DescribeRegions`,
      );
    const form = new URLSearchParams(call.body);
    const all = form.get('AllRegions') === 'true';
    const items = Object.entries(ctx.scenario.accountRegions)
      // Without AllRegions, only the Regions enabled for the account (EC2 API reference, DescribeRegions).
      .filter(([, status]) => all || status === 'ENABLED' || status === 'ENABLED_BY_DEFAULT')
      .map(([region, status]) => {
        const optIn = status === 'ENABLED_BY_DEFAULT' ? 'opt-in-not-required' : status === 'ENABLED' ? 'opted-in' : 'not-opted-in';
        return `<item><regionName>${region}</regionName><regionEndpoint>ec2.${region}.amazonaws.com</regionEndpoint><optInStatus>${optIn}</optInStatus></item>`;
      });
    const body = `<DescribeRegionsResponse xmlns="${NAMESPACE}"><requestId>${randomUUID()}</requestId><regionInfo>${items.join('')}</regionInfo></DescribeRegionsResponse>`;
    return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body };
  },

  errorReply(error): Reply {
    const body = `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${error.errorType}</Code><Message>${escapeXml(error.message)}</Message></Error></Errors><RequestID>${randomUUID()}</RequestID></Response>`;
    return { status: error.status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body, errorType: error.errorType };
  },
};

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
