"""Resources inferred from operation names whose instance operations share more than one
required string, on a small botocore model written here and imported as ``apigen import``
imports one:

- one of them the only identifier of a resource that names it (``shelfName`` of ``Shelf``)
  makes that resource the parent, the other is the own identifier (Lightsail's
  ``BucketAccessKey`` under ``Bucket``, ``LoadBalancerTlsCertificate`` under
  ``LoadBalancer``), and the list scoped by the parent's identifier is the child's list;
  a shared string that is the only identifier of yet another resource scopes the child and
  is not its own (Security Agent's memberships: ``agentSpaceId``, then the application's
  ``applicationId``, then the own ``membershipId``, which the instance operations take
  after ``applicationId``);
- an update that calls the own identifier otherwise (CodeDeploy's ``UpdateDeploymentGroup``:
  ``currentDeploymentGroupName``) is not the resource's: the others' shared strings place it;
- a bare ``Name`` names no resource: no parent by it (AppStream's ``Entitlement`` and
  ``Stack``);
- otherwise the ones the create takes scope the resource and the one it does not take (the
  server makes it) is the own identifier (Partner Central's ``Catalog`` and ``Identifier``).

The spec the import writes validates (children carry their parents' identifiers), and the
fake makes an own identifier to fit the record's member (a 20-character ``KeyId``, as
Lightsail's ``IAMAccessKeyId``) where the inputs take any string.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from imported_models import metadata, operation, spec_from_model, structure

from apigen.cli import main
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.runtime.fake.ids import fresh_id
from apigen.views.fake_plan import fake_plan

LOAN = {"visitorId": "Text", "shelfName": "Text", "loanId": "Text"}
OPERATIONS = {
    "CreateShelf": structure("shelfName", shelfName="Text"),
    "GetShelf": structure("shelfName", shelfName="Text"),
    "DeleteShelf": structure("shelfName", shelfName="Text"),
    "CreateShelfBook": structure("shelfName", shelfName="Text"),
    "DeleteShelfBook": structure("shelfName", "bookId", shelfName="Text", bookId="Text"),
    "ListShelfBooks": structure("shelfName", shelfName="Text"),
    "CreateShelfLoan": structure("shelfName", "visitorId", "loanId", **LOAN),
    "DeleteShelfLoan": structure("visitorId", "shelfName", "loanId", **LOAN),
    "ListShelfLoans": structure("shelfName", "visitorId", shelfName="Text", visitorId="Text"),
    "CreateShelfSign": structure("shelfName", "signName", shelfName="Text", signName="Text"),
    "GetShelfSign": structure("shelfName", "signName", shelfName="Text", signName="Text"),
    "UpdateShelfSign": structure(
        "shelfName", "currentSignName", shelfName="Text", currentSignName="Text"
    ),
    "DeleteShelfSign": structure("shelfName", "signName", shelfName="Text", signName="Text"),
    "CreateVisitor": structure("visitorId", visitorId="Text"),
    "GetVisitor": structure("visitorId", visitorId="Text"),
    "DeleteVisitor": structure("visitorId", visitorId="Text"),
    "CreateStack": structure("Name", Name="Text"),
    "GetStack": structure("Name", Name="Text"),
    "CreateEntitlement": structure("Name", "StackName", Name="Text", StackName="Text"),
    "GetEntitlement": structure("Name", "StackName", Name="Text", StackName="Text"),
    "CreateOrder": structure("Catalog", Catalog="Text", Note="Text"),
    "GetOrder": structure("Catalog", "Identifier", Catalog="Text", Identifier="Text"),
    "DeleteOrder": structure("Catalog", "Identifier", Catalog="Text", Identifier="Text"),
    "ListOrders": structure("Catalog", Catalog="Text"),
}
KEY_ID = {"type": "string", "min": 20, "max": 20, "pattern": "^\\w+$"}
RECORDS = {
    "Shelf": {"shelfName": "Text", "arn": "Text"},
    "ShelfBook": {"bookId": "KeyId", "secret": "Text"},
    "ShelfLoan": LOAN,
    "ShelfSign": {"shelfName": "Text", "signName": "Text"},
    "Visitor": {"visitorId": "Text"},
    "Stack": {"Name": "Text"},
    "Entitlement": {"Name": "Text", "StackName": "Text"},
    "Order": {"Id": "Text", "Arn": "Text", "Catalog": "Text"},
}


def _model() -> dict[str, Any]:
    shapes: dict[str, Any] = {"Text": {"type": "string"}, "KeyId": KEY_ID}
    for name, shape in OPERATIONS.items():
        shapes[f"{name}Request"] = shape
        noun = name.removeprefix("Create").removeprefix("Get").removeprefix("Delete")
        noun = noun.removeprefix("Update")
        noun = noun.removeprefix("List").removesuffix("s")
        record = {n: {"shape": s} for n, s in RECORDS[noun].items()}
        if name.startswith("List"):
            shapes[f"{noun}List"] = {"type": "list", "member": {"shape": noun}}
            shapes[f"{name}Response"] = structure(items=f"{noun}List")
        else:
            shapes[f"{name}Response"] = {"type": "structure", "members": record}
        shapes[noun] = {"type": "structure", "members": record}
    return {
        "version": "2.0",
        "metadata": metadata("shelves"),
        "operations": {name: operation(name) for name in OPERATIONS},
        "shapes": shapes,
    }


def test_shared_required_strings_place_parents_and_scopes(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "shelves", _model())
    path = tmp_path / "shelves.yaml"
    resources = {r.name: r for r in service.resources}

    def ids(name: str) -> list[str]:
        return [i for i, _ in resources[name].identifiers]

    assert ids("ShelfBook") == ["shelfName", "bookId"]
    assert resources["Shelf"].resources == ("ShelfBook", "ShelfLoan", "ShelfSign")
    # the update calls the sign ``currentSignName`` (CodeDeploy's deployment groups): the
    # others' shared ``signName`` is still the own identifier, the update not the sign's
    assert ids("ShelfSign") == ["shelfName", "signName"]
    assert resources["ShelfSign"].update is None
    # ``visitorId`` comes first in the instance operation, but names the Visitor
    assert ids("ShelfLoan") == ["shelfName", "visitorId", "loanId"]
    assert resources["ShelfLoan"].list == "ListShelfLoans"  # scoped by its identifiers
    assert resources["ShelfBook"].list == "ListShelfBooks"
    assert resources["Stack"].resources == ()  # Entitlement shares its bare ``Name``
    assert ids("Order") == ["Catalog", "Identifier"]  # CreateOrder takes no Identifier
    assert resources["Order"].list == "ListOrders"
    book = fake_plan(load_smithy_yaml(path)).resources["ShelfBook"].identifiers[-1]
    made = fresh_id(book)
    assert len(made) == KEY_ID["min"] and re.fullmatch(r"\w+", made), book
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
