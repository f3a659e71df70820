"""Exceptions raised in pool tasks come back through the futures: result() re-raises, exception() returns it."""
from concurrent.futures import ThreadPoolExecutor


class ValidationError(Exception):
    pass


def validate(record: dict) -> str:
    if "id" not in record:
        raise ValidationError(f"missing id in {len(record)} fields")
    if record["id"] < 0:
        raise ValueError("negative id")
    return f"ok:{record['id']}"


records = [{"id": 1}, {"name": "x"}, {"id": -5}, {"id": 7}]
ok: list[str] = []
failures: dict[int, str] = {}
with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(validate, r) for r in records]
    for index, fut in enumerate(futures):
        try:
            ok.append(fut.result())
        except ValidationError as exc:
            failures[index] = f"validation: {exc}"
        except ValueError as exc:
            failures[index] = f"value: {exc}"
    last_error = futures[2].exception()
failed_count = len(failures)
print(ok, failures, type(last_error).__name__)
assert ok == ["ok:1", "ok:7"] and failed_count == 2
assert isinstance(last_error, ValueError)
