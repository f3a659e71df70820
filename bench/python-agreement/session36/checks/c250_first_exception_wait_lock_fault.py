"""r06 family under wait(FIRST_EXCEPTION): a job's ROW[5] under `with LOCK:`; CPython [True], weft fault."""
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

LOCK = threading.Lock()
ROW = [1, 2]
log = []


def job(kind):
    with LOCK:
        if kind == "bad":
            return ROW[5]
    return 1


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    done, pending = wait(futures, return_when=FIRST_EXCEPTION)
    log.append(len(done) >= 1)
print(log)
