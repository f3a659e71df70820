"""try/except/else/finally order inside jobs, and for/else."""
from concurrent.futures import ThreadPoolExecutor

TABLE = {"a": 1}
trail = []


def lookup(key):
    try:
        value = TABLE[key]
    except KeyError:
        trail.append(f"{key}:missing")
        value = 0
    else:
        trail.append(f"{key}:found")
    finally:
        trail.append(f"{key}:done")
    for n in range(value):
        if n > 5:
            break
    else:
        trail.append(f"{key}:no break")
    return value


with ThreadPoolExecutor(max_workers=1) as pool:
    results = list(pool.map(lookup, ["a", "z"]))
print(trail)
