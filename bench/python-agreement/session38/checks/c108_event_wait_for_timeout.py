# ordered
# wait_for(event.wait(), timeout): times out before the setter sets it; a second wait succeeds.
import asyncio

log = []


async def setter(ev):
    await asyncio.sleep(0.03)
    ev.set()


async def main():
    ev = asyncio.Event()
    task = asyncio.create_task(setter(ev))
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.01)
        log.append("early")
    except asyncio.TimeoutError:
        log.append("timeout")
    await ev.wait()
    log.append("set")
    await task


asyncio.run(main())
print(log)
