# session22/f04 past its refusals: the futures made in a loop over the module list of dicts (a list
# comprehension over it is refused, whose message now says so), the message without the dict's text, and
# the exception of the second future on a line of its own.
from concurrent.futures import ThreadPoolExecutor


class ValidationError(Exception):
    pass


def validate(record):
    if "id" not in record:
        raise ValidationError("missing id")
    if record["id"] < 0:
        raise ValueError("negative id")
    return record["id"]


records = [{"id": 1}, {"name": "x"}, {"id": -4}, {"id": 7}]
good, errors = [], []
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = []
    for r in records:
        futures.append(ex.submit(validate, r))
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
second = futures[1].exception()
print("exception of second:", type(second).__name__)
