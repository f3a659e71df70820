"""A dropped `await` of a coroutine whose `return float(text) * 2` (ValueError) is at `elif`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    if kind == "good":
        return 0
    elif kind == "bad":
        return float(text) * 2
    return 1


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
