"""A worker thread reports back into the event loop with call_soon_threadsafe, setting an asyncio.Event."""
import asyncio
import threading
import time

log = []


def worker(loop, ev):
    time.sleep(0.002)
    loop.call_soon_threadsafe(ev.set)
    log.append("worker done")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    t = threading.Thread(target=worker, args=(loop, ev))
    t.start()
    await ev.wait()
    log.append("loop woke")
    t.join()


asyncio.run(main())
print(sorted(log))
