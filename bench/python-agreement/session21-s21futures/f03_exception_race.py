"""Two uploads of one file share an unlocked attempt count: each job's exception kept in `error`.
The bug: both jobs may read the count before either writes it, so both time out."""
from concurrent.futures import ThreadPoolExecutor

attempts = {}
timeouts = 0
uploaded = 0


def flaky_upload(name):
    seen = attempts.get(name, 0)
    attempts[name] = seen + 1
    if seen == 0:
        raise TimeoutError(f"first upload of {name} timed out")
    return len(name)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(flaky_upload, "big.iso") for _ in range(2)]
        for fut in futures:
            error = fut.exception()
            if isinstance(error, TimeoutError):
                timeouts += 1
            elif error is None:
                uploaded += fut.result()
    assert timeouts == 1 and uploaded == 7, (timeouts, uploaded)
