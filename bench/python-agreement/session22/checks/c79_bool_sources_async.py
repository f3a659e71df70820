import asyncio

texts = []


async def sleeper():
    await asyncio.sleep(1)


async def main():
    ev = asyncio.Event()
    ev.set()
    a = await ev.wait()
    texts.append(f"event {a}")
    sem = asyncio.Semaphore(1)
    b = await sem.acquire()
    texts.append(f"sem {b}")
    cond = asyncio.Condition()
    async with cond:
        c = await cond.wait_for(lambda: True)
    texts.append(f"wait_for {c}")
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    d = t.cancel()
    texts.append(f"cancel {d}")


asyncio.run(main())
print(texts)
