# weft lists started=0: the timed-out wait_for cancels its coroutine before the coroutine's first step,
# where CPython's loop runs the new task's first step on the next pass, long before a 5 ms timer.
# (An outcome CPython cannot reach, not a missed one; with asyncio.to_thread it means the thread never ran.)
import asyncio

started = 0
timed_out = 0


async def child():
    global started
    started = 1
    await asyncio.sleep(1)


async def main():
    global timed_out
    try:
        await asyncio.wait_for(child(), timeout=0.005)
    except asyncio.TimeoutError:
        timed_out = 1


asyncio.run(main())
print(started, timed_out)
