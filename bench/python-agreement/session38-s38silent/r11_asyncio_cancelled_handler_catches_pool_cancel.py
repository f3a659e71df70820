# SILENT ERROR (weft `ok` where CPython faults). CPython (every run): the program ends with a traceback
# (concurrent.futures._base.CancelledError escapes; the last line is never printed). weft (start binary):
# `ok`, ["caught as asyncio's"], "complete". In 3.11 asyncio.CancelledError and
# concurrent.futures.CancelledError are two classes (the first a BaseException, the second an Exception);
# weft has one (crates/sim-core/src/model.rs `("CancelledError", "BaseException")`), so a handler naming
# asyncio's catches a cancelled pool job's. The other side of S3 (r09).
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
gate = threading.Event()


def job(n):
    gate.wait()
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(job, 1)
    second = pool.submit(job, 2)
    second.cancel()
    gate.set()
    try:
        second.result()
    except asyncio.CancelledError:
        log.append("caught as asyncio's")
print(log)
