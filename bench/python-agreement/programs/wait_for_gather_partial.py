"""`asyncio.wait_for(asyncio.gather(fast(), slow()), 0.05)`: the fast child finishes, the time-out
cancels the gathering future and with it the slow child, which never adds its 10 (a sleep afterwards
gives it the time it would need)."""
import asyncio

done = 0
timed_out = 0


async def fast():
    global done
    await asyncio.sleep(0.01)
    done += 1


async def slow():
    global done
    await asyncio.sleep(0.2)
    done += 10


async def main():
    global timed_out
    try:
        await asyncio.wait_for(asyncio.gather(fast(), slow()), timeout=0.05)
    except asyncio.TimeoutError:
        timed_out = 1
    await asyncio.sleep(0.3)


asyncio.run(main())
print(done, timed_out)
