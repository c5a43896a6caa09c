"""The fake answers a resource's action (an instance operation ``resource_actions`` infers:
``StartCluster`` by the ``ClusterId`` every cluster operation takes) from the record it
names: 200 with the output's required members filled, the record's ``Status`` where the
output names it, and the modelled not-found error for an unknown identifier. Before, no
resource bound the action: the fake answered 501. On a small json botocore model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model, structure

from apigen.views.fake_plan import fake_plan

NOT_FOUND = ["ResourceNotFoundException"]
OPS = ("CreateCluster", "DescribeCluster", "DeleteCluster", "ListClusters", "StartCluster")
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("clusters"),
    "operations": {name: operation(name, errors=NOT_FOUND) for name in OPS},
    "shapes": {
        "S": {"type": "string"},
        "State": {"type": "string", "enum": ["ACTIVE", "STARTING"]},
        "ResourceNotFoundException": {
            **structure(message="S"),
            "error": {"httpStatusCode": 404},
            "exception": True,
        },
        "Cluster": structure(ClusterId="S", Name="S", Status="State"),
        "Clusters": {"type": "list", "member": {"shape": "Cluster"}},
        "CreateClusterRequest": structure("Name", Name="S"),
        "CreateClusterResponse": structure(ClusterId="S"),
        "DescribeClusterRequest": structure("ClusterId", ClusterId="S"),
        "DescribeClusterResponse": structure(Cluster="Cluster"),
        "DeleteClusterRequest": structure("ClusterId", ClusterId="S"),
        "DeleteClusterResponse": structure(),
        "ListClustersRequest": structure(),
        "ListClustersResponse": structure(Clusters="Clusters"),
        "StartClusterRequest": structure("ClusterId", ClusterId="S"),
        # required: what the record holds (Status, Name) and what it does not (RequestId)
        "StartClusterResponse": structure(
            "Status", "Name", "RequestId", Status="State", Name="S", RequestId="S"
        ),
    },
}


def test_an_action_answers_from_the_record_it_names(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "clusters", MODEL)
    plan = fake_plan(service)
    assert plan.operations["StartCluster"].resource == "Cluster", plan.unbound
    with fake_client(scratch_service, text, "clusters") as (client, error):
        made = client.create_cluster(name="one")
        read = client.describe_cluster(cluster_id=made.cluster_id).cluster
        started = client.start_cluster(cluster_id=made.cluster_id)
        assert read is not None and read.name == started.name == "one"  # the record's
        assert started.status in ("ACTIVE", "STARTING")  # required, the record holds none
        assert isinstance(started.request_id, str)  # required, filled though no record has it
        with pytest.raises(error) as caught:
            client.start_cluster(cluster_id="nope")
        assert type(caught.value).__name__ == "ResourceNotFoundException"
