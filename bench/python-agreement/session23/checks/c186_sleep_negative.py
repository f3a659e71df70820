# check: time.sleep(-1) raises ValueError in a thread; asyncio.sleep(-1) returns at once
import threading
import time
import asyncio

log = []


def napper():
    try:
        time.sleep(-1)
    except ValueError:
        log.append(1)


async def amain():
    await asyncio.sleep(-1)
    log.append(2)


t = threading.Thread(target=napper)
t.start()
t.join()
asyncio.run(amain())
