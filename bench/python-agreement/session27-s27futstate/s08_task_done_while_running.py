"""An asyncio task is not done until it has run to its end; cancelled() is False after cancel() until
CancelledError has ended it, and a task that caught it and returned is not cancelled."""
import asyncio

log = []


async def worker(swallow):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if swallow:
            return "swallowed"
        raise
    return "slept"


async def main():
    a = asyncio.create_task(worker(False))
    b = asyncio.create_task(worker(True))
    await asyncio.sleep(0.01)
    log.append(int(a.done()))
    a.cancel()
    b.cancel()
    log.append(int(a.cancelled()))
    try:
        await a
    except asyncio.CancelledError:
        pass
    got = await b
    log.append(int(a.cancelled()))
    log.append(int(b.cancelled()))
    log.append(int(b.done()))
    return got


got = asyncio.run(main())
print(log, got)
