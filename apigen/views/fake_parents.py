"""Whether a child's create can take what its parent's create makes.

A child's create names its parent by the parent's own identifier; when the member it takes
that identifier in refuses every value the parent's create makes (Lex V2's
``CreateBotLocale`` takes ``botVersion`` as a ``DraftBotVersion``, ``^DRAFT$``, while
``CreateBotVersion`` makes a ``NumericalBotVersion``), no child the fake could make has a
parent the fake made: the create is left unbound with that reason (``FakePlan.unbound``).
The parent the model means exists in no create (a bot's draft version is always there).
"""

from __future__ import annotations

from apigen import ir
from apigen.resource_names import identifier_member
from apigen.runtime.fake import plan as fp
from apigen.views.fake_records import pairs
from apigen.views.fake_values import ID_SAMPLES, id_sample, string_fits


def unfit_parent(
    service: ir.Service,
    res: ir.Resource,
    fake: fp.FakeResource,
    parent: fp.FakeResource,
    create_input: ir.Shape | None,
) -> str | None:
    """Why the child's create takes no identifier its parent's create makes, else None."""
    if not fake.parents or len(parent.identifiers) < fake.parents:
        return None
    made = parent.identifiers[fake.parents - 1]  # the parent's own: the one its create makes
    if made.made not in ID_SAMPLES:
        return None  # the client's name, or an ARN: no fixed format to check
    name = res.identifiers[fake.parents - 1][0]
    carrier = identifier_member(name, pairs(create_input))
    member = create_input.get_member(carrier) if create_input and carrier else None
    if member is None:
        return None
    target = service.shape(member.target)
    constraints = member.constraints.merged_over(target.constraints)
    if string_fits(id_sample(made.made, made.length, made.prefix), constraints):
        return None
    return (
        f"its input takes {name} as {target.id.rsplit('#', 1)[-1]}, which no {parent.name}"
        f" the fake makes fits"
    )
