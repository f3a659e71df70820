from concurrent.futures import ThreadPoolExecutor


class ValidationError(Exception):
    pass


def validate(record):
    if "id" not in record:
        raise ValidationError(f"missing id: {record}")
    if record["id"] < 0:
        raise ValueError("negative id")
    return record["id"]


records = [{"id": 1}, {"name": "x"}, {"id": -4}, {"id": 7}]
good = []
errors = []
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(validate, records[i]) for i in range(4)]
    for fut in futures:
        try:
            good.append(fut.result())
        except ValidationError as e:
            errors.append(("validation", str(e)))
        except ValueError as e:
            errors.append(("value", str(e)))

print("good", good)
for kind, msg in errors:
    print(kind, msg)
print("exception of second:", type(futures[1].exception()).__name__)
