"""The member of a create input naming its resource: ``<Resource>Name``, else the name of a
tail of the resource's words (Neptune Analytics' ``CreateGraphSnapshot`` takes a
``snapshotName`` that its ``GetGraphSnapshot`` answers as the snapshot's ``name``)."""

from __future__ import annotations

from apigen import ir
from apigen.views.fake_records import resource_name_member


def _input(*names: str) -> ir.Shape:
    members = tuple(ir.Member(id=f"x#In${n}", name=n, target="smithy.api#String") for n in names)
    return ir.Shape(id="x#In", name="In", type=ir.ShapeType.STRUCTURE, members=members)


def test_the_full_name_comes_first() -> None:
    found = resource_name_member(_input("snapshotName", "GraphSnapshotName"), "GraphSnapshot")
    assert found is not None and found.name == "GraphSnapshotName"


def test_a_tail_of_the_resource_names_it() -> None:
    found = resource_name_member(_input("graphIdentifier", "snapshotName"), "GraphSnapshot")
    assert found is not None and found.name == "snapshotName"


def test_a_name_of_another_resource_does_not() -> None:
    assert resource_name_member(_input("graphName", "GraphSnapshot"), "GraphSnapshot") is None
