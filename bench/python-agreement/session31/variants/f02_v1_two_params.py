# submit + as_completed: some tasks raise; the caller records successes and failures by name
from concurrent.futures import ThreadPoolExecutor, as_completed


class ValidationError(ValueError):
    pass


def validate(name, age):
    if not name:
        raise ValidationError("missing name")
    if age < 0:
        raise ValidationError(f"bad age {age}")
    return name.title(), age


records = [("ada", 36), ("", 20), ("grace", 45), ("linus", -1), ("guido", 67)]
ok = {}
bad = {}
completion_order = []

with ThreadPoolExecutor(max_workers=2) as executor:
    futures = {executor.submit(validate, r[0], r[1]): i for i, r in enumerate(records)}
    for fut in as_completed(futures):
        index = futures[fut]
        completion_order.append(index)
        try:
            name, age = fut.result()
        except ValidationError as exc:
            bad[index] = str(exc)
        else:
            ok[name] = age

print("ok:", dict(sorted(ok.items())))
print("bad:", dict(sorted(bad.items())))
print("completed:", len(completion_order))
