# BUG: a threading.Lock held across an await: the second task's acquire blocks the whole event loop,
# so the first task can never resume to release it (a hang; shown here by a daemon thread and a time-out)
import asyncio
import threading

lock = threading.Lock()
log = []


async def first():
    with lock:
        log.append("first in")
        await asyncio.sleep(0.01)
        log.append("first out")


async def second():
    await asyncio.sleep(0.001)
    with lock:
        log.append("second in")


async def main():
    await asyncio.gather(first(), second())


def run_loop():
    asyncio.run(main())


t = threading.Thread(target=run_loop, daemon=True)
t.start()
t.join(timeout=0.5)
stuck = 1 if t.is_alive() else 0
print(stuck, log)
