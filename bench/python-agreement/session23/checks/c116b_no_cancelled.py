# check: a cancelled task's finally: can await (cleanup) before CancelledError ends it
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.005)
        log.append("cleaned")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
