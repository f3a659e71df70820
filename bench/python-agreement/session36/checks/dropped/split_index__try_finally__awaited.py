"""A dropped `await` of a coroutine whose `return text.split(",")[4]` (IndexError) is at `try_finally`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    try:
        return text.split(",")[4]
    finally:
        log.append("f")


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
