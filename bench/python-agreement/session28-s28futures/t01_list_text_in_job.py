"""A job's error message holds `sorted(record)` of the dict it was handed (its keys' list)."""
from concurrent.futures import ThreadPoolExecutor


class MissingField(Exception):
    pass


def check(record: dict) -> str:
    if "id" not in record:
        raise MissingField(f"no id among {sorted(record)}")
    return f"id {record['id']} of {sorted(record)}"


records = [{"id": 4, "b": 1}, {"name": "x", "age": 3}]
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(check, r) for r in records]
    first = futures[0].result()
    second = f"{futures[1].exception()}"
print(first, "|", second)
assert first == "id 4 of ['b', 'id']"
assert second == "no id among ['age', 'name']"
