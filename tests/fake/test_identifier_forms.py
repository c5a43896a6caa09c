"""An ``...Identifier`` whose unanchored pattern matches only a word of an ARN (PCS's
``ClusterIdentifier``, ``(pcs_[a-zA-Z0-9]+|[A-Za-z][A-Za-z0-9-]{2,40})``: an id or a name)
is the record's ``id``, not the ARN; a child's parent ``clusterIdentifier`` is the record's
``clusterId``. Before, the fake made each identifier an ARN (the search found ``arn``), the
child's parent a field no record holds, and no read named a made cluster."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import botocore.session
from imported_models import fake_client
from imported_sample import imported_spec

from apigen.regex_translate import to_python
from apigen.views.fake_plan import fake_plan

PROFILE = "arn:aws:iam::123456789012:instance-profile/p"


def test_identifier_takes_the_records_id(tmp_path: Path, scratch_service: Any) -> None:
    model = botocore.session.get_session().get_service_model("pcs")
    cluster_pattern = to_python(model.shape_for("ClusterIdentifier").metadata["pattern"])
    group_pattern = to_python(model.shape_for("ComputeNodeGroupIdentifier").metadata["pattern"])
    subnet = to_python(model.shape_for("SubnetId").metadata["pattern"])
    text, _ = imported_spec("pcs", tmp_path)
    with fake_client(scratch_service, text, "pcs") as (client, _):
        cluster = client.create_cluster(
            cluster_name="cluster1",
            scheduler={"type": "SLURM", "version": "24.05"},
            size="SMALL",
            networking={},
        ).cluster
        assert re.fullmatch(cluster_pattern, cluster.id_)  # the id fits the identifier whole
        assert not re.fullmatch(cluster_pattern, cluster.arn)  # the ARN does not
        assert client.get_cluster(cluster_identifier=cluster.id_).cluster.arn == cluster.arn
        group = client.create_compute_node_group(
            cluster_identifier=cluster.id_,
            compute_node_group_name="group1",
            subnet_ids=["subnet-0123456789abcdef0"],
            iam_instance_profile_arn=PROFILE,
            scaling_configuration={"min_instance_count": 0, "max_instance_count": 1},
            instance_configs=[{"instance_type": "t3.micro"}],
        ).compute_node_group
        assert re.fullmatch(subnet, group.subnet_ids[0])
        assert group.cluster_id == cluster.id_  # the parent's identifier, where the record holds it
        assert re.fullmatch(group_pattern, group.id_)
        read = client.get_compute_node_group(
            cluster_identifier=cluster.id_, compute_node_group_identifier=group.id_
        ).compute_node_group
        assert read.name == "group1" and read.arn == group.arn


def test_a_scope_identifier_is_not_the_records_id(tmp_path: Path) -> None:
    """Partner Central's ``Catalog`` (``CatalogIdentifier``, ``[a-zA-Z]+``: no ARN) scopes a
    bulk job; the job's ``Id`` is of another shape (the model's): the catalog stays the name
    the create's input gives, never the job's ``Id``."""
    model = botocore.session.get_session().get_service_model("partnercentral-selling")
    read = model.operation_model("GetCustomerAccountBulkJob")
    scope = read.input_shape.members["Catalog"]
    assert read.output_shape.members["Id"].name != scope.name
    assert "Catalog" in model.operation_model("StartCustomerAccountBulkJob").input_shape.members
    _, service = imported_spec("partnercentral-selling", tmp_path)
    job = fake_plan(service).resources["CustomerAccountBulkJob"]
    catalog = next(i for i in job.identifiers if i.name == "Catalog")
    assert (catalog.field, catalog.made) == ("catalog", "input")
