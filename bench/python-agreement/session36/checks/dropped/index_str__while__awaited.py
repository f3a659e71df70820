"""A dropped `await` of a coroutine whose `return text.index("z")` (ValueError) is at `while`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    while True:
        return text.index("z")


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
