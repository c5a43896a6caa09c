"""Instance operations (actions) the inference claims (``frontends/resource_actions.py``): an
operation no lifecycle role claims whose input requires every identifier of a resource is
that resource's (the most specific one's: a child before its parent), unless it requires
another resource's identifier too, or is named ``Create``/``Delete``/``List``/``Batch...``;
under the paths reading, an operation on a literal path under an item path is the item's.
On small botocore models written here, imported as ``apigen import`` imports one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model, structure

from apigen import ir


def _crud(noun: str, *ids: str) -> dict[str, Any]:
    """Create/Describe/Delete/List operations of ``noun`` keyed by ``ids`` (json protocol)."""
    own = ids[-1]
    parents = ids[:-1]
    ops = {
        f"Create{noun}": operation(f"Create{noun}"),
        f"Describe{noun}": operation(f"Describe{noun}"),
        f"Delete{noun}": operation(f"Delete{noun}"),
        f"List{noun}s": operation(f"List{noun}s"),
    }
    keyed = {i: "S" for i in ids}
    shapes = {
        f"{noun}": structure(**keyed, Status="S"),
        f"{noun}List": {"type": "list", "member": {"shape": noun}},
        f"Create{noun}Request": structure(*parents, **{i: "S" for i in parents}, Name="S"),
        f"Create{noun}Response": structure(**{own: "S"}),
        f"Describe{noun}Request": structure(*ids, **keyed),
        f"Describe{noun}Response": structure(**{noun: noun}),
        f"Delete{noun}Request": structure(*ids, **keyed),
        f"Delete{noun}Response": structure(),
        f"List{noun}sRequest": structure(*parents, **{i: "S" for i in parents}),
        f"List{noun}sResponse": structure(**{f"{noun}s": f"{noun}List"}),
    }
    return {"operations": ops, "shapes": shapes}


def _model() -> dict[str, Any]:
    parts = [_crud("Cluster", "ClusterId"), _crud("Node", "ClusterId", "NodeId")]
    parts.append(_crud("Policy", "PolicyId"))
    extra = {
        "StartCluster": ("ClusterId",),
        "DescribeClusterStatus": ("ClusterId",),
        "RebootNode": ("ClusterId", "NodeId"),
        "AttachClusterPolicy": ("ClusterId", "PolicyId"),
        "BatchStopClusters": ("ClusterId",),
        "ListClusterEvents": ("ClusterId",),
        "RotateSecret": ("SecretId",),
        "RestoreClusterFromSnapshot": ("ClusterId", "SnapshotName"),
    }
    model: dict[str, Any] = {
        "version": "2.0",
        "metadata": metadata("clusters"),
        "operations": {},
        "shapes": {"S": {"type": "string"}},
    }
    for part in parts:
        model["operations"] |= part["operations"]
        model["shapes"] |= part["shapes"]
    for name, ids in extra.items():
        model["operations"][name] = operation(name)
        model["shapes"][f"{name}Request"] = structure(*ids, **{i: "S" for i in ids})
        model["shapes"][f"{name}Response"] = structure(Status="S")
    return model


def _resources(service: ir.Service) -> dict[str, ir.Resource]:
    return {r.name: r for r in service.resources}


def test_an_operation_requiring_a_resources_identifiers_is_its_action(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "clusters", _model())
    found = _resources(service)
    assert found["Node"].identifiers[0][0] == "ClusterId", found["Node"]
    assert set(found["Cluster"].operations) == {"StartCluster", "DescribeClusterStatus"}
    assert found["Node"].operations == ("RebootNode",)  # the child's, not its parent's
    assert found["Policy"].operations == ()
    claimed = {n for r in found.values() for n in r.operations}
    # two resources', a batch, a child collection's list, no resource's identifier
    assert not claimed & {"AttachClusterPolicy", "BatchStopClusters", "ListClusterEvents"}
    assert "RotateSecret" not in claimed
    # it makes a new cluster, whose identifier it takes: no action of an existing one
    assert "RestoreClusterFromSnapshot" not in claimed


LABEL = {"shape": "S", "location": "uri", "locationName": "clusterId"}


def _labelled(*required: str, **members: str) -> dict[str, Any]:
    shape = structure(*required, **members)
    shape["members"]["clusterId"] = LABEL
    return shape


REST: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("rclusters", "rest-json"),
    "operations": {
        "CreateCluster": operation("CreateCluster", "POST", "/clusters"),
        "ListClusters": operation("ListClusters", "GET", "/clusters"),
        "GetCluster": operation("GetCluster", "GET", "/clusters/{clusterId}"),
        "DeleteCluster": operation("DeleteCluster", "DELETE", "/clusters/{clusterId}"),
        "StartCluster": operation("StartCluster", "POST", "/clusters/{clusterId}/start"),
        "StopCluster": operation("StopCluster", "POST", "/clusters/{clusterId}/actions/stop"),
        "GetNode": operation("GetNode", "GET", "/clusters/{clusterId}/nodes/{nodeId}"),
        "DescribeNodes": operation("DescribeNodes", "GET", "/clusters/{clusterId}/nodes"),
    },
    "shapes": {
        "S": {"type": "string"},
        "Cluster": structure(clusterId="S", status="S"),
        "Clusters": {"type": "list", "member": {"shape": "Cluster"}},
        "CreateClusterRequest": structure("name", name="S"),
        "CreateClusterResponse": structure(clusterId="S"),
        "ListClustersRequest": structure(),
        "ListClustersResponse": structure(clusters="Clusters"),
        "GetClusterRequest": _labelled("clusterId"),
        "GetClusterResponse": structure(cluster="Cluster"),
        "DeleteClusterRequest": _labelled("clusterId"),
        "DeleteClusterResponse": structure(),
        "StartClusterRequest": _labelled("clusterId"),
        "StartClusterResponse": structure(status="S"),
        "StopClusterRequest": _labelled("clusterId"),
        "StopClusterResponse": structure(status="S"),
        "GetNodeRequest": {
            **_labelled("clusterId", "nodeId"),
            "members": {
                "clusterId": LABEL,
                "nodeId": {"shape": "S", "location": "uri", "locationName": "nodeId"},
            },
        },
        "GetNodeResponse": structure(status="S"),
        "DescribeNodesRequest": _labelled("clusterId"),
        "DescribeNodesResponse": structure(status="S"),
    },
}


def test_an_operation_on_a_literal_path_under_the_item_is_its_action(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "rclusters", REST)
    cluster = _resources(service)["Cluster"]
    assert (cluster.read, cluster.delete) == ("GetCluster", "DeleteCluster"), cluster
    # a collection of nodes below the item, and a node's path keyed by a label of its own:
    # neither is the cluster's
    assert set(cluster.operations) == {"StartCluster", "StopCluster"}, cluster
