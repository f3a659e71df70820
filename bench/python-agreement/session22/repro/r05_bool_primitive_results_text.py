# SILENT: the bool that asyncio's Event.wait(), Semaphore.acquire(), Lock.acquire(), Condition.wait_for() and Task.cancel(), and a concurrent Future's cancel(), return is text "1"/"0" in weft, "True"/"False" in CPython
import asyncio
from concurrent.futures import ThreadPoolExecutor

texts = []


async def sleeper():
    await asyncio.sleep(1)


async def main():
    ev = asyncio.Event()
    ev.set()
    a = await ev.wait()
    texts.append(f"event {a}")
    sem = asyncio.Semaphore(1)
    b = await sem.acquire()
    texts.append(f"sem {b}")
    lock = asyncio.Lock()
    c = await lock.acquire()
    texts.append(f"lock {c}")
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    d = t.cancel()
    texts.append(f"cancel {d}")


def job():
    return 1


asyncio.run(main())
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(job)
    f.result()
    e = f.cancel()
texts.append(f"future cancel {e}")
print(texts)
