import asyncio

texts = []


async def job():
    await asyncio.sleep(0.01)
    return 1


async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    task = asyncio.create_task(job())
    await task
    d = ev.is_set()
    texts.append(f"is_set {d}")
    e = await lock.acquire()
    texts.append(f"acquire {e}")
    lock.release()
    q = asyncio.Queue()
    g = q.empty()
    texts.append(f"empty {g}")


asyncio.run(main())
print(texts)
