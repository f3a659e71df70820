import asyncio

errors = []


async def main():
    lock = asyncio.Lock()
    async with lock:
        pass
    try:
        lock.release()
    except RuntimeError:
        errors.append("unlocked")
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        errors.append("empty")


asyncio.run(main())
print(errors)
