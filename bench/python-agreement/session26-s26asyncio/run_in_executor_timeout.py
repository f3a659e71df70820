"""run_in_executor(None, ...) under wait_for that gives up; the next asyncio.run sees the value."""
import asyncio
import time

done = 0


def slow_write(n):
    global done
    time.sleep(0.04)
    done = n


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(loop.run_in_executor(None, slow_write, 6), timeout=0.01)
    except asyncio.TimeoutError:
        return "timeout"
    return "in time"


outcome = asyncio.run(main())
print(outcome, done)
assert done == 6
