# A daemon thread's loop that ends before main joins it: its work is all done.
import asyncio
import threading

log = []


async def worker(n):
    await asyncio.sleep(0.001)
    log.append(n)


async def main_coroutine():
    await asyncio.gather(worker(1), worker(2))


def run_loop():
    asyncio.run(main_coroutine())


t = threading.Thread(target=run_loop, daemon=True)
t.start()
t.join()
alive = 1 if t.is_alive() else 0
total = sum(log)
