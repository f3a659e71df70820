# SILENT ERROR (realistic). CPython (every run): ['acme=400', 'bolt=400', 'crest=500',
# 'delta=CancelledError']. weft (start binary): two outcomes, `fault` (an uncaught CancelledError) and one
# where no request was cancelled (`delta=500`), "complete": CPython's state is missing. A hedged request:
# take the first quote, cancel the requests not started, then collect every outcome with the usual
# `except Exception as e:` -- which in CPython catches the cancelled futures' CancelledError (an
# Exception in concurrent.futures); same cause as r09.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

log = []
INSURERS = {"acme": 0.02, "bolt": 0.005, "crest": 0.04, "delta": 0.03}


def quote(insurer):
    time.sleep(INSURERS[insurer])
    return len(insurer) * 100


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {name: pool.submit(quote, name) for name in INSURERS}
    done, pending = wait(futures.values(), return_when=FIRST_COMPLETED)
    for future in pending:
        future.cancel()
for name, future in futures.items():
    try:
        log.append(f"{name}={future.result()}")
    except Exception as e:
        log.append(f"{name}={type(e).__name__}")
print(log)
