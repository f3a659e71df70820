"""Keep each job's exception in a variable and sort the outcomes by it."""
from concurrent.futures import ThreadPoolExecutor

results = {}
timeouts = []
other_errors = []


def upload(name):
    if name.startswith("big"):
        raise TimeoutError(f"upload of {name} timed out")
    if name.startswith("bad"):
        raise ValueError(name)
    return len(name)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(upload, name) for name in ["a.txt", "big.iso", "bad.bin", "b.txt"]}
        for name, fut in futures.items():
            error = fut.exception()
            if error is None:
                results[name] = fut.result()
            elif isinstance(error, TimeoutError):
                timeouts.append(str(error))
            else:
                other_errors.append(type(error).__name__)
    assert results == {"a.txt": 5, "b.txt": 5}
    assert timeouts == ["upload of big.iso timed out"]
    assert other_errors == ["ValueError"]
