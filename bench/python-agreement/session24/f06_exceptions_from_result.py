"""Exceptions raised in workers re-raise from future.result(); the caller counts each kind."""
from concurrent.futures import ThreadPoolExecutor


class ValidationError(Exception):
    pass


def validate(record):
    if "id" not in record:
        raise KeyError("id")
    if record["age"] < 0:
        raise ValidationError(f"bad age {record['age']}")
    return record["id"]


records = [{"id": 1, "age": 30}, {"age": 3}, {"id": 3, "age": -1}, {"id": 4, "age": 50}]
valid_ids = []
missing = 0
invalid = 0
with ThreadPoolExecutor() as executor:
    futures = [executor.submit(validate, r) for r in records]
    for future in futures:
        try:
            valid_ids.append(future.result())
        except KeyError:
            missing += 1
        except ValidationError as error:
            invalid += 1
            message = str(error)

print(valid_ids, missing, invalid, message)
assert valid_ids == [1, 4] and missing == 1 and invalid == 1
