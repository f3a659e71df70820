# check: releasing an unlocked Lock raises RuntimeError; an asyncio.Lock too
import threading
import asyncio

lock = threading.Lock()
kinds = []
try:
    lock.release()
    kinds.append(1)
except RuntimeError:
    kinds.append(2)


async def main():
    alock = asyncio.Lock()
    try:
        alock.release()
        kinds.append(1)
    except RuntimeError:
        kinds.append(2)


asyncio.run(main())
