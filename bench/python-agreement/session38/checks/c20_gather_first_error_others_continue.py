# gather without return_exceptions: the first exception propagates to the awaiting coroutine, but the
# other tasks are not cancelled and go on running while the loop runs.
import asyncio

log = []


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    log.append(name)


async def main():
    try:
        await asyncio.gather(job("a", 0.01, True), job("b", 0.03), job("c", 0.02))
    except ValueError as e:
        log.append(f"caught {e}")
    await asyncio.sleep(0.06)


asyncio.run(main())
print(log)
