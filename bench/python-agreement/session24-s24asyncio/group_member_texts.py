# `[repr(e) for e in eg.exceptions]`, `[str(e) ...]` and `[type(e).__name__ ...]` printed in the handler
# of `except*` around a failing TaskGroup (session23/a03's, session22/a03's handlers). weft keeps no
# printed text: what is checked is that the program goes on as CPython's does.
import asyncio

log = []


async def resolve(host):
    await asyncio.sleep(0.01 * len(host))
    log.append(len(host))


async def fail(key):
    await asyncio.sleep(0.005)
    raise KeyError(key)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(resolve("ok"))
            tg.create_task(fail("a"))
            tg.create_task(resolve("db"))
    except* KeyError as eg:
        print("failed", [repr(e) for e in eg.exceptions])
        print([str(e) for e in eg.exceptions], [type(e).__name__ for e in eg.exceptions])
        log.append(-1)
    log.append(0)


asyncio.run(main())
