# CPython 3.11.7, 10 runs: ok, the last name done db (6) or search (4). weft explore (s20dicts): 3 outcomes (db, search, cache last), complete; CPython's among them. weft-start: refused at `future_to_name[future]` (an item from a tuple of the comprehension).
import concurrent.futures
import time

SERVICES = [("db", 3), ("cache", 1), ("search", 2)]

health = {}
failures = 0


def check(name, delay_ms):
    time.sleep(delay_ms / 1000)
    if name == "search":
        raise ConnectionError(f"{name} unreachable")
    return "up"


if __name__ == "__main__":
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        future_to_name = {executor.submit(check, n, d): n for n, d in SERVICES}
        for future in concurrent.futures.as_completed(future_to_name):
            name = future_to_name[future]
            try:
                status = future.result()
            except ConnectionError:
                status = "down"
                failures += 1
            health[name] = status
    assert health["db"] == "up" and health["search"] == "down", health
    assert failures == 1
