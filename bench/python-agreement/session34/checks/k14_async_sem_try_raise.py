# An asyncio.Semaphore(1)'s `async with` inside a try whose body raises after an await: peak holders.
import asyncio

peak = 0
holders = 0
log = []


async def call(sem, name, bad):
    global peak, holders
    try:
        async with sem:
            holders += 1
            peak = max(peak, holders)
            await asyncio.sleep(0)
            holders -= 1
            if bad:
                raise RuntimeError(name)
            await asyncio.sleep(0)
        log.append(name)
    except RuntimeError:
        log.append("x" + name)


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(call(sem, "a", True), call(sem, "b", False), call(sem, "c", True), call(sem, "d", False))
    print(peak, log)


asyncio.run(main())
