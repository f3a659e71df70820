# Silent error (weft-start 81fd411): `await asyncio.wait([t])` of a task the program cancelled. asyncio.wait
# never raises (it returns the done and pending sets); weft waits with `result` on each task, which re-raises
# CancelledError: explore complete, every schedule a fault "CancelledError: `main-2#1` was cancelled";
# CPython: ok, finished=1 (session18 checks/c02b).
import asyncio

finished = 0


async def sleeper():
    await asyncio.sleep(0.01)


async def main():
    global finished
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.wait([t])
    finished = 1


asyncio.run(main())
