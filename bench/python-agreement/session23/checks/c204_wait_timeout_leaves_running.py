# check: asyncio.wait(timeout=...) returns with the task pending and does not cancel it: it finishes later
import asyncio

log = []


async def inner():
    await asyncio.sleep(0.02)
    log.append("inner done")


async def main():
    t = asyncio.create_task(inner())
    done, pending = await asyncio.wait([t], timeout=0.005)
    log.append(len(pending))
    await asyncio.sleep(0.03)
    log.append("end")


asyncio.run(main())
