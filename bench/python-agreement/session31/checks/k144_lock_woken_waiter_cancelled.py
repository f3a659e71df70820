# the same with an asyncio.Lock: the holder releases, waking a; a is cancelled before it runs: b must still get it
import asyncio

log = []


async def user(sem, name):
    try:
        async with sem:
            log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Lock()
    await sem.acquire()
    a = asyncio.create_task(user(sem, "a"))
    b = asyncio.create_task(user(sem, "b"))
    await asyncio.sleep(0)  # both wait now
    sem.release()  # wakes a
    a.cancel()  # before a runs
    try:
        await a
    except asyncio.CancelledError:
        pass
    await b


asyncio.run(main())
print(log)
