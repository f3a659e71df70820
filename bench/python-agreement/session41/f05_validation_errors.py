# bug: none
from concurrent.futures import ThreadPoolExecutor
import time


class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field


def validate(record):
    time.sleep(0.001)
    if "@" not in record.get("email", ""):
        raise ValidationError("email", "missing @")
    if record.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return record["email"].lower()


records = [
    {"email": "A@X.COM", "age": 30},
    {"email": "nobody", "age": 5},
    {"email": "b@y.org", "age": -1},
    {"email": "C@z.net"},
]
ok, bad = [], {}
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(validate, r) for r in records]
    for i, f in enumerate(futures):
        exc = f.exception()
        if exc is None:
            ok.append(f.result())
        else:
            bad[i] = (type(exc).__name__, exc.field, str(exc))

print(f"ok={ok}")
print(f"bad={bad}")
