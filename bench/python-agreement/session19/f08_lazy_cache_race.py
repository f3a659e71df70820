# BUG: check-then-act in a lazily filled cache: two jobs both miss "users" and both load it
from concurrent.futures import ThreadPoolExecutor
import time

cache = {}
load_count = {"users": 0, "orders": 0}


def load_table(name):
    load_count[name] += 1
    time.sleep(0.001)
    return f"{name}-table"


def query(table):
    if table not in cache:
        cache[table] = load_table(table)
    return cache[table]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(query, ["users", "users", "orders"]))
    assert load_count["users"] == 1, f"users loaded {load_count['users']} times"
