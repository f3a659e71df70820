# check: async with an unlocked asyncio.Lock does not suspend; another ready task runs only at a real suspension
import asyncio

log = []


async def other():
    log.append("other")


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(other())
    async with lock:
        log.append("in lock")
    log.append("after lock")
    await asyncio.sleep(0)
    log.append("after sleep")
    await t


asyncio.run(main())
print(log)
