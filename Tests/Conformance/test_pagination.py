"""Every botocore paginator of the covered operations: small pages, MaxItems + StartingToken, bad tokens."""

import math

import pytest

from helpers import drain_pages, expect_error, personalize_arn
from model_shapes import COVERED_OPERATIONS, has_paginator, paginator_config, snake
from pdash_emulator import OTHER_REGION, STATIC_WORLD

BENCHMARK_VERSIONS = 250  # --versions in STATIC_WORLD
BENCHMARK = personalize_arn("solution/benchmark")

# Which member identifies an item of each result list.
ITEM_ID = {
    "datasetGroups": "datasetGroupArn", "solutions": "solutionArn", "solutionVersions": "solutionVersionArn",
    "campaigns": "campaignArn", "batchSegmentJobs": "batchSegmentJobArn", "batchInferenceJobs": "batchInferenceJobArn",
    "Images": "ImageArn", "ImageVersions": "ImageVersionArn",
}

# (service, operation, parameters, page size for the walk)
PAGINATED = [
    ("personalize", "ListDatasetGroups", {}, 1),
    ("personalize", "ListSolutions", {}, 2),
    ("personalize", "ListSolutionVersions", {"solutionArn": BENCHMARK}, 7),
    ("personalize", "ListSolutionVersions", {}, 30),
    ("personalize", "ListSolutionVersions", {"solutionArn": personalize_arn("solution/similar-items")}, 3),
    ("personalize", "ListCampaigns", {}, 1),
    ("personalize", "ListBatchSegmentJobs", {}, 3),
    ("personalize", "ListBatchInferenceJobs", {}, 1),
    ("sagemaker", "ListImages", {}, 1),
    ("sagemaker", "ListImageVersions", {"ImageName": "recs-feature-pipeline"}, 3),
]
IDS = [f"{op}-{i}" for i, (_, op, _, _) in enumerate(PAGINATED)]


def reference_items(client, service, operation, params):
    """The whole list fetched with the largest page the model allows (one call for lists up to 100)."""
    config = paginator_config(service, operation)
    items, _ = drain_pages(getattr(client, snake(operation)), config["result_key"], config["output_token"],
                           config["limit_key"], 100, **params)
    return items


def ids(items, result_key):
    return [item[ITEM_ID[result_key]] for item in items]


def test_the_table_covers_every_paginator_of_the_covered_operations():
    defined = {(service, op) for service, operations in COVERED_OPERATIONS.items() for op in operations
               if has_paginator(service, op)}
    assert {(service, op) for service, op, _, _ in PAGINATED} == defined


@pytest.mark.parametrize("service,operation,params,page_size", PAGINATED, ids=IDS)
def test_paginator_returns_every_item_exactly_once(request, service, operation, params, page_size):
    client = request.getfixturevalue(service)
    result_key = paginator_config(service, operation)["result_key"]
    expected = ids(reference_items(client, service, operation, params), result_key)
    pages = list(client.get_paginator(snake(operation)).paginate(**params, PaginationConfig={"PageSize": page_size}))
    walked = [item for page in pages for item in ids(page[result_key], result_key)]
    assert len(expected) >= 2, "a paging test needs at least two items"
    assert len(set(walked)) == len(walked), "an item came back twice"
    assert walked == expected
    assert len(pages) == math.ceil(len(expected) / page_size)
    assert all(len(page[result_key]) == page_size for page in pages[:-1])
    assert "nextToken" not in pages[-1] and "NextToken" not in pages[-1]


def test_benchmark_solution_has_every_seeded_version(personalize):
    versions = reference_items(personalize, "personalize", "ListSolutionVersions", {"solutionArn": BENCHMARK})
    assert len(versions) == BENCHMARK_VERSIONS
    first_page = personalize.list_solution_versions(solutionArn=BENCHMARK, maxResults=100)
    assert len(first_page["solutionVersions"]) == 100 and first_page["nextToken"]


@pytest.mark.parametrize("service,operation,params,page_size", PAGINATED, ids=IDS)
def test_max_items_then_starting_token_resumes_without_duplicates(request, service, operation, params, page_size):
    client = request.getfixturevalue(service)
    result_key = paginator_config(service, operation)["result_key"]
    expected = ids(reference_items(client, service, operation, params), result_key)
    max_items = max(1, len(expected) // 2)
    if max_items % 2 == 0 and max_items + 1 < len(expected):
        max_items += 1  # odd, so with pages of two the cut falls inside a page (botocore's truncation token)
    paginator = client.get_paginator(snake(operation))
    first = paginator.paginate(**params, PaginationConfig={"MaxItems": max_items, "PageSize": 2}).build_full_result()
    assert ids(first[result_key], result_key) == expected[:max_items]
    token = first.get("NextToken")
    assert token, "MaxItems below the total must give a NextToken"
    rest = paginator.paginate(**params, PaginationConfig={"StartingToken": token, "PageSize": 2}).build_full_result()
    assert ids(rest[result_key], result_key) == expected[max_items:]
    assert "NextToken" not in rest


def forged(token):
    """The same token with one character changed."""
    middle = len(token) // 2
    return token[:middle] + ("A" if token[middle] != "A" else "B") + token[middle + 1:]


def test_forged_or_foreign_personalize_tokens_are_invalid(emulator, personalize):
    token = personalize.list_solution_versions(solutionArn=BENCHMARK, maxResults=3)["nextToken"]
    call = personalize.list_solution_versions
    expect_error(call, "InvalidNextTokenException", 400, solutionArn=BENCHMARK, nextToken="not-a-token")
    expect_error(call, "InvalidNextTokenException", 400, solutionArn=BENCHMARK, nextToken=forged(token))
    # The same token for another solution, another operation, another region.
    expect_error(call, "InvalidNextTokenException", 400, solutionArn=personalize_arn("solution/similar-items"), nextToken=token)
    expect_error(personalize.list_solutions, "InvalidNextTokenException", 400, nextToken=token)
    other_region = emulator.client("personalize", region=OTHER_REGION)
    expect_error(other_region.list_solution_versions, "InvalidNextTokenException", 400,
                 solutionArn=BENCHMARK.replace(":eu-west-1:", f":{OTHER_REGION}:"), nextToken=token)
    assert call(solutionArn=BENCHMARK, nextToken=token, maxResults=3)["solutionVersions"], "the genuine token still works"


@pytest.mark.parametrize("operation,params", [
    ("ListDatasetGroups", {}), ("ListSolutions", {}), ("ListCampaigns", {}),
    ("ListBatchSegmentJobs", {}), ("ListBatchInferenceJobs", {}),
])
def test_every_personalize_list_rejects_a_forged_token(personalize, operation, params):
    token = getattr(personalize, snake(operation))(maxResults=1, **params)["nextToken"]
    expect_error(getattr(personalize, snake(operation)), "InvalidNextTokenException", 400, nextToken=forged(token), **params)


def test_forged_or_foreign_sagemaker_tokens_are_rejected(sagemaker):
    token = sagemaker.list_image_versions(ImageName="recs-feature-pipeline", MaxResults=1)["NextToken"]
    expect_error(sagemaker.list_image_versions, "ValidationException", 400,
                 ImageName="recs-feature-pipeline", NextToken=forged(token))
    expect_error(sagemaker.list_images, "ValidationException", 400, NextToken=token)
    expect_error(sagemaker.list_image_versions, "ValidationException", 400,
                 ImageName="recs-feature-pipeline", SortBy="VERSION", NextToken=token)


def test_new_versions_do_not_shift_a_walk_in_progress(start_emulator):
    client = start_emulator(*STATIC_WORLD).client("personalize")
    before = ids(reference_items(client, "personalize", "ListSolutionVersions", {"solutionArn": BENCHMARK}), "solutionVersions")
    first = client.list_solution_versions(solutionArn=BENCHMARK, maxResults=10)
    created = client.create_solution_version(solutionArn=BENCHMARK)["solutionVersionArn"]
    rest, _ = drain_pages(client.list_solution_versions, "solutionVersions", "nextToken", "maxResults", 10,
                          solutionArn=BENCHMARK, nextToken=first["nextToken"])
    walked = ids(first["solutionVersions"] + rest, "solutionVersions")
    assert walked == before
    assert created not in walked
    assert ids(client.list_solution_versions(solutionArn=BENCHMARK, maxResults=1)["solutionVersions"], "solutionVersions") == [created]
