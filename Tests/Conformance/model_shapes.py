"""botocore's service models as the oracle: raw response checking, error lists, paginators."""

import functools
import json
import re
import xml.etree.ElementTree as ElementTree

import botocore.session

_SESSION = botocore.session.get_session()

# Errors any operation may answer besides the ones its model lists (protocol / authentication / throttling).
COMMON_ERRORS = {
    "personalize": {
        "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
        "UnknownOperationException", "ThrottlingException", "SerializationException",
    },
    "sagemaker": {
        "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
        "UnknownOperationException", "ThrottlingException", "SerializationException", "ValidationException",
    },
    # The Query protocol's own spellings (STS documents these as common errors).
    "sts": {
        "InvalidClientTokenId", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken",
        "ExpiredToken", "Throttling", "ValidationError", "InvalidAction", "AccessDenied",
    },
}


# The operations pdash uses, which this suite covers.
COVERED_OPERATIONS = {
    "personalize": ["ListDatasetGroups", "ListSolutions", "DescribeSolution", "DescribeRecipe", "ListSolutionVersions",
                    "DescribeSolutionVersion", "CreateSolutionVersion", "StopSolutionVersionCreation",
                    "GetSolutionMetrics", "ListCampaigns", "DescribeCampaign", "ListBatchSegmentJobs",
                    "DescribeBatchSegmentJob", "ListBatchInferenceJobs", "DescribeBatchInferenceJob"],
    "sagemaker": ["ListImages", "ListImageVersions", "DescribeImageVersion"],
    "sts": ["GetCallerIdentity", "AssumeRole", "AssumeRoleWithWebIdentity"],
}


def snake(operation):
    """botocore's method name for an operation: ListSolutionVersions -> list_solution_versions."""
    return "".join("_" + c.lower() if c.isupper() else c for c in operation).lstrip("_")


@functools.lru_cache(maxsize=None)
def service_model(service):
    return _SESSION.get_service_model(service)


def operation_model(service, operation):
    return service_model(service).operation_model(operation)


def model_error_codes(service, operation):
    """The error codes the model lists for an operation (the `error.code` trait when present, else the shape name)."""
    return {shape.error_code or shape.name for shape in operation_model(service, operation).error_shapes}


def allowed_error_codes(service, operation):
    return model_error_codes(service, operation) | COMMON_ERRORS[service]


def error_message_key(service, code):
    """The member name an error shape uses for its message ('message' or SageMaker's 'Message')."""
    model = service_model(service)
    if code in model.shape_names:
        members = model.shape_for(code).members
        for key in ("message", "Message"):
            if key in members:
                return key
    return "message"


@functools.lru_cache(maxsize=None)
def paginator_config(service, operation):
    return _SESSION.get_paginator_model(service).get_paginator(operation)


def has_paginator(service, operation):
    try:
        paginator_config(service, operation)
        return True
    except ValueError:
        return False


@functools.lru_cache(maxsize=None)
def _compiled(pattern):
    try:
        return re.compile(pattern)
    except re.error:
        return None  # Java-only syntax such as \p{ASCII}: not checkable with Python's re.


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_shape(shape, value, path, problems):
    """Appends a description of every way `value` (parsed JSON) differs from `shape` to `problems`."""
    kind = shape.type_name
    if kind == "structure":
        if not isinstance(value, dict):
            problems.append(f"{path}: expected an object for {shape.name}, got {type(value).__name__}")
            return
        for key, member_value in value.items():
            if key not in shape.members:
                problems.append(f"{path}.{key}: not a member of {shape.name}")
            else:
                check_shape(shape.members[key], member_value, f"{path}.{key}", problems)
        for required in shape.required_members:
            if required not in value:
                problems.append(f"{path}.{required}: required member of {shape.name} is missing")
    elif kind == "list":
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list, got {type(value).__name__}")
            return
        _check_range(shape, len(value), path, problems, "length")
        for index, item in enumerate(value):
            check_shape(shape.member, item, f"{path}[{index}]", problems)
    elif kind == "map":
        if not isinstance(value, dict):
            problems.append(f"{path}: expected a map, got {type(value).__name__}")
            return
        for key, item in value.items():
            check_shape(shape.key, key, f"{path}<key {key!r}>", problems)
            check_shape(shape.value, item, f"{path}[{key!r}]", problems)
    elif kind == "string":
        _check_string(shape, value, path, problems)
    elif kind in ("integer", "long"):
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{path}: expected an integer, got {value!r}")
        else:
            _check_range(shape, value, path, problems, "value")
    elif kind in ("double", "float"):
        if not _is_number(value):
            problems.append(f"{path}: expected a number, got {value!r}")
        else:
            _check_range(shape, value, path, problems, "value")
    elif kind == "boolean":
        if not isinstance(value, bool):
            problems.append(f"{path}: expected a boolean, got {value!r}")
    elif kind == "timestamp":
        if not _is_number(value):
            problems.append(f"{path}: expected epoch seconds (a JSON number), got {value!r}")
    else:
        problems.append(f"{path}: shape type {kind} not handled by the checker")


def _check_string(shape, value, path, problems):
    if not isinstance(value, str):
        problems.append(f"{path}: expected a string, got {value!r}")
        return
    enum = shape.metadata.get("enum")
    if enum and value not in enum:
        problems.append(f"{path}: {value!r} is not in the enum {enum}")
    _check_range(shape, len(value), path, problems, "length")
    pattern = shape.metadata.get("pattern")
    compiled = _compiled(pattern) if pattern else None
    if compiled is not None and not compiled.search(value):
        problems.append(f"{path}: {value!r} does not match pattern {pattern!r}")


def _check_range(shape, measured, path, problems, what):
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if low is not None and measured < low:
        problems.append(f"{path}: {what} {measured} below the model minimum {low}")
    if high is not None and measured > high:
        problems.append(f"{path}: {what} {measured} above the model maximum {high}")


def json_output_problems(service, operation, body):
    """Problems of a raw JSON 1.1 response body against the operation's output shape."""
    output = operation_model(service, operation).output_shape
    document = json.loads(body or b"{}")
    problems = []
    if output is None:
        if document != {}:
            problems.append(f"{operation}: the model has no output, got {document!r}")
        return problems
    check_shape(output, document, operation, problems)
    return problems


def query_output_problems(service, operation, body):
    """Problems of a raw Query-protocol XML response against the output shape: element names and nesting."""
    root = ElementTree.fromstring(body)
    namespace = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
    problems = []
    if root.tag != f"{namespace}{operation}Response":
        problems.append(f"root element {root.tag}, expected {operation}Response")
    result = root.find(f"{namespace}{operation}Result")
    if result is None:
        return problems + [f"no {operation}Result element"]

    def walk(shape, element, path):
        for child in element:
            name = child.tag[len(namespace):]
            if shape.type_name != "structure" or name not in shape.members:
                problems.append(f"{path}.{name}: not a member of {shape.name}")
            else:
                walk(shape.members[name], child, f"{path}.{name}")
        if shape.type_name == "structure":
            present = {child.tag[len(namespace):] for child in element}
            problems.extend(f"{path}.{name}: required member missing" for name in shape.required_members if name not in present)

    walk(operation_model(service, operation).output_shape, result, operation)
    return problems
