"""A dropped `await` of a coroutine whose `return text.split(",")[4]` (IndexError) is at `try_except_handler`."""
import asyncio

LOCK = asyncio.Lock()
log = []


async def job(kind, text):
    await asyncio.sleep(0)
    try:
        return text.split(",")[4]
    except IndexError:
        log.append("handled")
        return None


async def main():
    try:
        await job("bad", "abc")
        log.append("no error")
    except IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
