from concurrent.futures import ThreadPoolExecutor


class ValidationError(ValueError):
    pass


def validate(record: dict) -> int:
    if record.get("qty", 0) < 0:
        raise ValidationError(f"negative qty in {record['id']}")
    return record["qty"] * record.get("price", 1)


records = [
    {"id": "r1", "qty": 2, "price": 5},
    {"id": "r2", "qty": -1},
    {"id": "r3", "qty": 4},
]
totals: list[int] = []
errors: list[str] = []
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(validate, r) for r in records]
    for fut in futures:
        exc = fut.exception()
        if exc is not None:
            errors.append(type(exc).__name__)
        else:
            totals.append(fut.result())

total = sum(totals)
error_count = len(errors)
for t in totals:
    print(f"{t:>5}")
print(f"total={total} errors={errors}")
assert total == 14 and errors == ["ValidationError"]
