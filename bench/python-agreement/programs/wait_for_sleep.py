"""`asyncio.wait_for` around a 0.2 s sleep with a 0.1 s time-out: the wait always times out."""
import asyncio

timed_out = 0
finished = 0


async def main():
    global timed_out, finished
    try:
        await asyncio.wait_for(asyncio.sleep(0.2), timeout=0.1)
    except asyncio.TimeoutError:
        timed_out = 1
    finished = 1


asyncio.run(main())
print("timed out:", timed_out, "finished:", finished)
