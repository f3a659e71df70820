"""A dropped `await` of a coroutine whose `return text.split(",")[4]` (IndexError) is at `elif`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    if kind == "good":
        return 0
    elif kind == "bad":
        return text.split(",")[4]
    return 1


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
