"""session20/f08 up to its retry: each job's exception kept in `error`, the failed names collected."""
from concurrent.futures import ThreadPoolExecutor

attempts = {}
results = {}
failed = []


def flaky_upload(name):
    attempts[name] = attempts.get(name, 0) + 1
    if name.startswith("big") and attempts[name] < 2:
        raise TimeoutError(f"upload of {name} timed out")
    return len(name)


def run_batch(pool, names):
    futures = {name: pool.submit(flaky_upload, name) for name in names}
    for name, fut in futures.items():
        error = fut.exception()
        if error is None:
            results[name] = fut.result()
        else:
            failed.append(name)


if __name__ == "__main__":
    files = ["a.txt", "big.iso", "b.txt"]
    with ThreadPoolExecutor(max_workers=1) as pool:
        run_batch(pool, files)
    assert results == {"a.txt": 5, "b.txt": 5}
    assert failed == ["big.iso"]
