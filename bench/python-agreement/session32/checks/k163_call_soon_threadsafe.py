# A thread schedules a callback on the loop with call_soon_threadsafe; the callback sets an Event.
import asyncio
import threading

log = []


def worker(loop, ev):
    log.append("thread")
    loop.call_soon_threadsafe(ev.set)


async def main():
    ev = asyncio.Event()
    loop = asyncio.get_running_loop()
    t = threading.Thread(target=worker, args=(loop, ev))
    t.start()
    await ev.wait()
    log.append("woken")
    t.join()


asyncio.run(main())
print(log)
