# a cancelled task's finally block awaits (cleanup) before it ends; the canceller waits for it
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        log.append("cleanup start")
        await asyncio.sleep(0)
        log.append("cleanup end")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")


asyncio.run(main())
print(log)
