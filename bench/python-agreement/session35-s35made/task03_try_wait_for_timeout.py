# A task made as the first line of a `try:` body and waited for with a time-out: the slow one times out
# (wait_for cancels it and waits for its end), the quick one gives its value; both `try`s go on.
import asyncio

log = []


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name)
        return len(name)
    except asyncio.CancelledError:
        log.append(name + "-cancelled")
        raise


async def main():
    try:
        slow = asyncio.create_task(work("slow", 0.05))
        got = await asyncio.wait_for(slow, 0.005)
    except asyncio.TimeoutError:
        got = -1
    try:
        quick = asyncio.create_task(work("quick", 0.001))
        value = await asyncio.wait_for(quick, 0.5)
    except asyncio.TimeoutError:
        value = -1
    log.append(got + value * 10)


asyncio.run(main())
print(log)
