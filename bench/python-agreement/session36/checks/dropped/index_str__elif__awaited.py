"""A dropped `await` of a coroutine whose `return text.index("z")` (ValueError) is at `elif`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    if kind == "good":
        return 0
    elif kind == "bad":
        return text.index("z")
    return 1


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
