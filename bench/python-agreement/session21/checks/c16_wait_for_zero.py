# wait_for(coro, 0) in 3.11 cancels the coroutine before its first statement runs
import asyncio

started = 0
outcome = "none"


async def job():
    global started
    started = 1
    await asyncio.sleep(0.01)


async def main():
    global outcome
    try:
        await asyncio.wait_for(job(), timeout=0)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(started, outcome)
