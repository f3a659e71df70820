# A batch job: submit all, collect results in submission order, retry the failures once on the same pool.
from concurrent.futures import ThreadPoolExecutor

attempts = {}


def parse_amount(text):
    attempts[text] = attempts.get(text, 0) + 1
    if text.endswith("!") and attempts[text] == 1:
        raise RuntimeError("transient")
    return int(text.rstrip("!"))


def run_batch(pool, items, ok, failed):
    futures = [pool.submit(parse_amount, t) for t in items]
    for text, fut in zip(items, futures):
        try:
            ok.append(fut.result())
        except RuntimeError:
            failed.append(text)
        except ValueError:
            pass


ok, failed, retried, still_failed = [], [], [], []
with ThreadPoolExecutor(max_workers=2) as pool:
    run_batch(pool, ["10", "25!", "x", "5"], ok, failed)
    run_batch(pool, ["25!"], retried, still_failed)

print("ok", ok, "retried", retried, "still failed", still_failed)
print("sum", sum(ok) + sum(retried))
