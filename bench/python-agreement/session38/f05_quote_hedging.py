# Hedged requests: ask four insurers for a quote, take the first answer (FIRST_COMPLETED) and cancel
# the requests that have not started; requests already running finish and are ignored.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

INSURERS = {"acme": 0.02, "bolt": 0.005, "crest": 0.04, "delta": 0.03}


def quote(insurer):
    time.sleep(INSURERS[insurer])
    return insurer, len(insurer) * 100


def hedge(pool):
    futures = {pool.submit(quote, name): name for name in INSURERS}
    done, pending = wait(futures, return_when=FIRST_COMPLETED)
    winner, price = next(iter(done)).result()
    cancelled = sorted(futures[f] for f in pending if f.cancel())
    return winner, price, cancelled, futures


pool = ThreadPoolExecutor(max_workers=2)
winner, price, cancelled, futures = hedge(pool)
pool.shutdown(wait=True)
finished = sorted(name for f, name in futures.items() if not f.cancelled())

print(f"winner={winner} price={price} cancelled={cancelled} finished={finished}")
