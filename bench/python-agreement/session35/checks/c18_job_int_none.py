"""int(None) inside a pool job: TypeError kept in the future, read after the with block."""
from concurrent.futures import ThreadPoolExecutor

FIELDS = {"a": "7", "b": None}
parsed = []
kinds = []


def parse(key):
    return int(FIELDS[key])


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, k) for k in ("a", "b")]
for f in futures:
    try:
        parsed.append(f.result())
    except TypeError:
        kinds.append("TypeError")
print(parsed, kinds)
