"""Check several services' health; collect results in completion order with as_completed."""
import concurrent.futures
import time

SERVICES = {"db": 3, "cache": 1, "search": 2}

health = {}
completion_order = []
failures = 0


def check(name, delay_ms):
    time.sleep(delay_ms / 1000)
    if name == "search":
        raise ConnectionError(f"{name} unreachable")
    return "up"


if __name__ == "__main__":
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        future_to_name = {executor.submit(check, n, SERVICES[n]): n for n in SERVICES}
        for future in concurrent.futures.as_completed(future_to_name):
            name = future_to_name[future]
            try:
                status = future.result()
            except ConnectionError:
                status = "down"
                failures += 1
            health[name] = status
            completion_order.append(name)
    assert health == {"cache": "up", "search": "down", "db": "up"} or sorted(health) == ["cache", "db", "search"]
    assert failures == 1
