"""A dropped `await` of a coroutine whose `return text.index("z")` (ValueError) is at `for`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    for _ in range(2):
        return text.index("z")
    return 0


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
