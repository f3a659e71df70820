# wait_for on a task that times out: the task is cancelled; a second wait_for in time returns its value.
import asyncio

log = []


async def work(delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    slow = asyncio.create_task(work(0.2, 1))
    try:
        await asyncio.wait_for(slow, timeout=0.01)
    except asyncio.TimeoutError:
        log.append("slow timed out")
    log.append("cancelled" if slow.cancelled() else "not cancelled")
    quick = await asyncio.wait_for(work(0.001, 7), timeout=0.1)
    log.append(f"quick={quick}")


asyncio.run(main())
