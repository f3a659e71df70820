"""Submit jobs, inspect future.exception(), retry the failed ones once."""
from concurrent.futures import ThreadPoolExecutor

attempts = {}
results = {}
gave_up = []


def flaky_upload(name):
    attempts[name] = attempts.get(name, 0) + 1
    if name.startswith("big") and attempts[name] < 2:
        raise TimeoutError(f"upload of {name} timed out")
    return len(name)


def run_batch(pool, names):
    futures = [pool.submit(flaky_upload, name) for name in names]
    failed = []
    for name, fut in zip(names, futures):
        error = fut.exception()
        if error is None:
            results[name] = fut.result()
        else:
            failed.append(name)
    return failed


if __name__ == "__main__":
    files = ["a.txt", "big.iso", "b.txt"]
    with ThreadPoolExecutor(max_workers=1) as pool:
        retry = run_batch(pool, files)
        still_failing = run_batch(pool, retry)
        gave_up.extend(still_failing)
    assert results == {"a.txt": 5, "big.iso": 7, "b.txt": 5}
    assert gave_up == []
