# Expected: asyncio.wait_for cancels a slow query after 20 ms; timed_out == 1 and the query never finishes (finished == 0, no bug).
import asyncio

timed_out = 0
finished = 0


async def slow_query():
    global finished
    await asyncio.sleep(0.2)
    finished = 1
    return "rows"


async def main():
    global timed_out
    try:
        await asyncio.wait_for(slow_query(), timeout=0.02)
    except asyncio.TimeoutError:
        timed_out = 1
    print("timed_out", timed_out, "finished", finished)


asyncio.run(main())
