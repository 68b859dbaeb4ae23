"""
Test fixture: moto (an AWS API emulator) on 127.0.0.1 with a "live" redundant VPN in it.

moto creates the VPC, the virtual private gateway (attached), the customer gateways and the VPN
connections through the EC2 API, but it does not model tunnel options, connection static routes,
customer gateway device names or route propagation. Those are SEEDED here, directly on moto's
backend objects, with values a real DescribeVpnConnections returns (member names from botocore's
EC2 service model); moto's serializer then returns them like AWS would:

  - Options.TunnelOptions of each connection (the FIRST entry with the HIGHER outside address, so a
    tool that sorts by address instead of keeping the API order gets tunnel 1 and 2 wrong);
  - Routes of each static connection; DeviceName of one customer gateway;
  - PropagatingVgws of one route table.

With a directory argument it also writes there what `aws ec2 describe-vpn-connections`,
`describe-customer-gateways`, `describe-vpn-gateways` and `describe-route-tables` print: botocore's
parsed response as JSON without ResponseMetadata, which is what the AWS CLI prints.

With --secrets-manager-keys both connections report a PreSharedKeyArn (keys in Secrets Manager).
With --dynamic the connections use BGP (no static routes; tunnel 1 of the first also logs BGP).
Also live: an SNS topic and a log group (moto models both), for adopting them by ARN and by name.

Prints one JSON line {"endpoint": ..., "ids": {...}} when ready, then serves until stdin closes.
Usage: python3 moto_live_vpn.py [DUMP_DIR] [--secrets-manager-keys]
"""
import json
import sys

import boto3
from moto.backends import get_backend
from moto.server import ThreadedMotoServer

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SECRETS_MANAGER_KEYS = "--secrets-manager-keys" in sys.argv[1:]
DYNAMIC = "--dynamic" in sys.argv[1:]
STATIC = not DYNAMIC
REGION = "eu-west-1"
ACCOUNT = "123456789012"

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
host, port = server.get_host_and_port()
endpoint = f"http://127.0.0.1:{port}"
ec2 = boto3.client("ec2", region_name=REGION, endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test")
backend = get_backend("ec2")[ACCOUNT][REGION]


def tags(**kv):
    return [{"ResourceType": kv.pop("_type"), "Tags": [{"Key": k, "Value": v} for k, v in kv.items()]}]


vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
rtb = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
vgw = ec2.create_vpn_gateway(Type="ipsec.1", AmazonSideAsn=64620, TagSpecifications=tags(_type="vpn-gateway", Name="legacy-vgw", Team="network"))["VpnGateway"]["VpnGatewayId"]
ec2.attach_vpn_gateway(VpcId=vpc, VpnGatewayId=vgw)
cgw_a = ec2.create_customer_gateway(Type="ipsec.1", PublicIp="198.51.100.10", BgpAsn=65010, TagSpecifications=tags(_type="customer-gateway", Name="DC1 Edge A"))["CustomerGateway"]["CustomerGatewayId"]
cgw_b = ec2.create_customer_gateway(Type="ipsec.1", PublicIp="198.51.100.20", BgpAsn=65010, TagSpecifications=tags(_type="customer-gateway", Name="dc1-edge-b"))["CustomerGateway"]["CustomerGatewayId"]
vpn_a = ec2.create_vpn_connection(Type="ipsec.1", CustomerGatewayId=cgw_a, VpnGatewayId=vgw, Options={"StaticRoutesOnly": STATIC}, TagSpecifications=tags(_type="vpn-connection", Name="dc1-primary", CostCenter="net-42"))["VpnConnection"]["VpnConnectionId"]
vpn_b = ec2.create_vpn_connection(Type="ipsec.1", CustomerGatewayId=cgw_b, VpnGatewayId=vgw, Options={"StaticRoutesOnly": STATIC})["VpnConnection"]["VpnConnectionId"]

values = lambda *xs: [{"Value": x} for x in xs]
log_group_arn = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:/legacy/vpn"
bgp_logs = {"BgpLogEnabled": True, "BgpLogGroupArn": log_group_arn, "BgpLogOutputFormat": "json"} if DYNAMIC else {}

# Connection A: a hardened profile, logs on tunnel 1 only. Its first TunnelOptions entry has the
# higher outside address (AWS does not sort them; the provider takes the list order).
strong = {
    "Phase1LifetimeSeconds": 14400, "Phase2LifetimeSeconds": 3600, "RekeyMarginTimeSeconds": 540,
    "RekeyFuzzPercentage": 100, "ReplayWindowSize": 1024, "DpdTimeoutSeconds": 40, "DpdTimeoutAction": "restart",
    "Phase1EncryptionAlgorithms": values("AES256"), "Phase2EncryptionAlgorithms": values("AES256"),
    "Phase1IntegrityAlgorithms": values("SHA2-256"), "Phase2IntegrityAlgorithms": values("SHA2-256"),
    "Phase1DHGroupNumbers": values(14, 20), "Phase2DHGroupNumbers": values(14),
    "IkeVersions": values("ikev2"), "StartupAction": "start", "EnableTunnelLifecycleControl": False,
}
conn_a = backend.vpn_connections[vpn_a]
conn_a.options = {
    "StaticRoutesOnly": STATIC, "EnableAcceleration": False, "TunnelInsideIpVersion": "ipv4",
    "LocalIpv4NetworkCidr": "0.0.0.0/0", "RemoteIpv4NetworkCidr": "0.0.0.0/0", "OutsideIpAddressType": "PublicIpv4",
    "TunnelOptions": [
        {"OutsideIpAddress": "52.18.20.200", "TunnelInsideCidr": "169.254.44.0/30", "PreSharedKey": "LiveKeyAlpha.tunnelOne_1", **strong,
         "LogOptions": {"CloudWatchLogOptions": {"LogEnabled": True, "LogGroupArn": log_group_arn, "LogOutputFormat": "text", **bgp_logs}}},
        {"OutsideIpAddress": "34.240.10.5", "TunnelInsideCidr": "169.254.44.4/30", "PreSharedKey": "LiveKeyAlpha.tunnelTwo_2", **strong,
         "LogOptions": {"CloudWatchLogOptions": {"LogEnabled": False}}},
    ],
}
conn_a.routes = [{"DestinationCidrBlock": c, "Source": "Static", "State": "available"} for c in ("10.40.0.0/16", "10.50.0.0/16")] if STATIC else []
conn_a.vgw_telemetry = [
    {"OutsideIpAddress": "34.240.10.5", "Status": "UP", "AcceptedRouteCount": 0},
    {"OutsideIpAddress": "52.18.20.200", "Status": "UP", "AcceptedRouteCount": 0},
]

# Connection B: created with AWS defaults long ago — DescribeVpnConnections returns only the
# outside address, inside CIDR and key of each tunnel; one of the two routes.
conn_b = backend.vpn_connections[vpn_b]
conn_b.options = {
    "StaticRoutesOnly": STATIC, "EnableAcceleration": False, "TunnelInsideIpVersion": "ipv4",
    "TunnelOptions": [
        {"OutsideIpAddress": "54.77.1.9", "TunnelInsideCidr": "169.254.45.0/30", "PreSharedKey": "LiveKeyBravo.tunnelOne_3"},
        {"OutsideIpAddress": "54.77.1.10", "TunnelInsideCidr": "169.254.45.4/30", "PreSharedKey": "LiveKeyBravo.tunnelTwo_4"},
    ],
}
conn_b.routes = [{"DestinationCidrBlock": "10.40.0.0/16", "Source": "Static", "State": "available"}] if STATIC else []

if SECRETS_MANAGER_KEYS:
    for conn in (conn_a, conn_b):
        conn.pre_shared_key_arn = f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:vpn/{conn.id}-AbCdEf"

backend.customer_gateways[cgw_a].device_name = "dc1-fw-a"
backend.route_tables[rtb].propagating_vgws = [{"GatewayId": vgw}]

# The alarm topic and the log group, with the Name tag and retention the construct gives them.
client = lambda service: boto3.client(service, region_name=REGION, endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test")
topic_arn = client("sns").create_topic(Name="noc-vpn-alarms", Tags=[{"Key": "Name", "Value": "noc-vpn-alarms"}])["TopicArn"]
client("logs").create_log_group(logGroupName="/legacy/vpn", tags={"Name": "/legacy/vpn"})
client("logs").put_retention_policy(logGroupName="/legacy/vpn", retentionInDays=90)

if ARGS:
    for command, call in [("describe-vpn-connections", ec2.describe_vpn_connections), ("describe-customer-gateways", ec2.describe_customer_gateways),
                          ("describe-vpn-gateways", ec2.describe_vpn_gateways), ("describe-route-tables", ec2.describe_route_tables)]:
        response = call()
        response.pop("ResponseMetadata", None)
        with open(f"{ARGS[0]}/{command}.json", "w") as f:
            json.dump(response, f, indent=4, default=str)

ids = {"vpc": vpc, "routeTable": rtb, "vpnGateway": vgw, "customerGateways": [cgw_a, cgw_b], "vpnConnections": [vpn_a, vpn_b], "logGroupArn": log_group_arn, "topicArn": topic_arn, "logGroupName": "/legacy/vpn"}
print(json.dumps({"endpoint": endpoint, "region": REGION, "ids": ids}), flush=True)
sys.stdin.read()
server.stop()
