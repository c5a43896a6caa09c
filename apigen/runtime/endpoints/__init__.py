"""Endpoint resolution: the Smithy rules engine and AWS's partitions, for the clients.

``rules`` evaluates a service's endpoint rule set (``smithy.rules#endpointRuleSet``, botocore's
``endpoint-rule-set-1``) for a set of parameters; ``functions`` and ``aws_functions`` are the
rule language's library; ``partitions`` is AWS's partition table (the data ``aws.partition``
reads). docs/endpoints.md says where the parameters come from on a client.
"""
