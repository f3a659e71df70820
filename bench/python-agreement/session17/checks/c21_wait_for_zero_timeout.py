# no bug: wait_for with timeout=0 on a coroutine cancels its task before it starts: nothing it does runs
import asyncio

log = []
outcome = "none"


async def work():
    log.append("started")
    await asyncio.sleep(0.001)
    log.append("finished")


async def main():
    global outcome
    try:
        await asyncio.wait_for(work(), timeout=0)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timed_out"


asyncio.run(main())
print(outcome, log)
