"""A dropped `await` of a coroutine whose `return text.split(",")[4]` (IndexError) is at `with_lock`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    async with LOCK:
        return text.split(",")[4]


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
