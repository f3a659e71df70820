"""wait_for gives up on a to_thread call; the thread runs on, and asyncio.run's end waits for it."""
import asyncio
import time

done = 0
timeouts = 0


def slow_write(n):
    global done
    time.sleep(0.05)
    done = n
    return n


async def main():
    global timeouts
    try:
        await asyncio.wait_for(asyncio.to_thread(slow_write, 7), timeout=0.01)
    except asyncio.TimeoutError:
        timeouts += 1
    seen = done
    return seen


seen_in_main = asyncio.run(main())
print(timeouts, seen_in_main, done)
assert timeouts == 1 and seen_in_main == 0 and done == 7
