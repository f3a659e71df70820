# a gathered task is cancelled from outside: gather raises CancelledError in main; the other child goes on
import asyncio

log = []


async def slow(name, n):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append(name)
    return name


async def main():
    a = asyncio.create_task(slow("a", 5))
    b = asyncio.create_task(slow("b", 2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log.append("gather cancelled")
    await asyncio.sleep(0)
    log.append(f"b done {b.done()}")


asyncio.run(main())
print(log)
