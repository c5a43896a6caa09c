"""SageMaker's clusters, on a small JSON botocore model written here and imported as
``apigen import`` imports one: a cluster is known by the ``ClusterName`` its create takes,
while its ``ClusterArn`` ends in an id the server makes (``cluster/[a-z0-9]{12}``), under
the ARN namespace of its signing name (``clusters``), not its endpoint prefix
(``api.clusters``). Its listed summaries also require a ``WorkteamArn``, another
resource's ARN beside the cluster's own.

- The fake's ARN template fits the pattern: a fresh tail where no own identifier fits
  (an ARN spelling the name was refused by the answer's model, and the list lost the item).
- The listed item's ``WorkteamArn`` is no alias of the cluster's ARN (the item holds its
  own ``ClusterArn``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, operation, spec_from_model, structure
from story import Story
from test_stories import GeneratedCaller

from apigen.regex_translate import to_python
from apigen.runtime.fake.ids import make_arn
from apigen.views.fake_plan import fake_plan

ARN = r"arn:aws[a-z\-]*:clusters:[a-z0-9\-]*:[0-9]{12}:cluster/[a-z0-9]{12}"
WORKTEAM = r"arn:aws[a-z\-]*:clusters:[a-z0-9\-]*:[0-9]{12}:workteam/.*"
NAME = ("ClusterName",)
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("clusters", endpointPrefix="api.clusters"),
    "operations": {
        n: operation(n, errors=("ResourceNotFound",))
        for n in ("CreateCluster", "DescribeCluster", "DeleteCluster", "ListClusters")
    },
    "shapes": {
        "S": {"type": "string"},
        "Name": {"type": "string", "pattern": "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"},
        "ClusterArn": {"type": "string", "pattern": ARN},
        "WorkteamArn": {"type": "string", "pattern": WORKTEAM},
        "Summary": structure(
            "ClusterArn",
            "ClusterName",
            "WorkteamArn",
            ClusterArn="ClusterArn",
            ClusterName="Name",
            WorkteamArn="WorkteamArn",
        ),
        "Summaries": {"type": "list", "member": {"shape": "Summary"}},
        "CreateClusterRequest": structure(*NAME, ClusterName="Name", Role="S"),
        "CreateClusterResponse": structure("ClusterArn", ClusterArn="ClusterArn"),
        "DescribeClusterRequest": structure(*NAME, ClusterName="Name"),
        "DescribeClusterResponse": structure(ClusterArn="ClusterArn", ClusterName="Name", Role="S"),
        "DeleteClusterRequest": structure(*NAME, ClusterName="Name"),
        "DeleteClusterResponse": structure(),
        "ListClustersRequest": structure(),
        "ListClustersResponse": structure(ClusterSummaries="Summaries"),
        "ResourceNotFound": {
            **structure(Message="S"),
            "exception": True,
            "error": {"httpStatusCode": 400},
        },
    },
}


def test_a_named_resources_arn_ends_in_a_made_id_its_pattern_takes(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "clusters", MODEL)
    cluster = next(r for r in service.resources if r.name == "Cluster")
    assert [n for n, _ in cluster.identifiers] == ["ClusterName"]
    plan = fake_plan(service)
    template = plan.resources["Cluster"].arn
    assert template is not None
    fields = re.findall(r"\{([^}]+)\}", template)
    values = {"partition": "aws", "region": "eu-west-1", "account": "210987654321"}
    made = {f: "a1b2c3d4e5f6"[: int(f.rsplit("_", 1)[1])] for f in fields if f.startswith("fresh")}
    arn = make_arn(template, values | made | {f: "x" for f in fields if f not in values | made})
    assert re.fullmatch(to_python(ARN), arn), template
    listing = plan.operations["ListClusters"]
    assert ("workteam_arn", "cluster_arn") not in listing.aliases, listing.aliases
    with fake_client(scratch_service, text, "clusters") as (client, error):
        made_arn = client.create_cluster(cluster_name="one").cluster_arn
        assert re.fullmatch(to_python(ARN), made_arn), made_arn
        listed = client.list_clusters().cluster_summaries or []
        assert [s.cluster_name for s in listed] == ["one"]
        assert listed[0].cluster_arn == made_arn
        assert re.fullmatch(to_python(WORKTEAM), listed[0].workteam_arn)
        client.delete_cluster(cluster_name="one")
        Story(service, cluster, GeneratedCaller(service, client, error)).run({})
