"""A dropped `await` of a coroutine whose `return int("x")` (ValueError) is at `if`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    if kind == "bad":
        return int("x")
    return 0


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
