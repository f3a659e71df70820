"""gather without return_exceptions, a child's ROW[5] under an asyncio Lock, caught around the gather: agrees."""
import asyncio

ROW = [1, 2]
log = []


async def child(kind, lock):
    async with lock:
        await asyncio.sleep(0)
        if kind == "bad":
            return ROW[5]
    return 1


async def main():
    lock = asyncio.Lock()
    try:
        await asyncio.gather(child("good", lock), child("bad", lock))
        log.append("no error")
    except IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
