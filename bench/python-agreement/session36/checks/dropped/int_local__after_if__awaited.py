"""A dropped `await` of a coroutine whose `return int(text)` (ValueError) is at `after_if`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    if kind == "good":
        return 0
    return int(text)


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
