# ordered
# `except asyncio.CancelledError` does not catch concurrent.futures.CancelledError in 3.11 (two classes):
# result() of a cancelled pool job escapes that handler and ends the program with a traceback.
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
