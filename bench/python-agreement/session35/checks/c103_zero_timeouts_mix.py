"""Zero time-outs: wait_for(done task, 0) gives its result; wait_for(running task, 0) cancels it; Event.wait(0)."""
import asyncio
import threading

log = []
tev = threading.Event()


async def quick():
    return "q"


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    t1 = asyncio.create_task(quick())
    await asyncio.sleep(0)
    log.append(await asyncio.wait_for(t1, timeout=0))
    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t2, timeout=0)
    except asyncio.TimeoutError:
        log.append("timeout")
    log.append(t2.cancelled())
    log.append(tev.wait(0))


asyncio.run(main())
print(log)
