# SILENT (a wrong value, the same root as r13): `asyncio.wait([first, second],
# return_when=FIRST_COMPLETED)` where `first` has already ended. CPython's wait still takes its two
# loop passes (the done callback by call_soon, then the waiter's wake-up), in which `second` (a
# sleep(0) task) ends too, and the split is made at the end: done=2, pending=0. weft comes back at
# once: done=1, pending=1.
# CPython 3.11: [2, 0] every run.  weft-start explore: 1 outcome, complete: sizes=[1, 1].
# (checks/k74_tick_wait_first_one_done.py: CPython (2, 3), weft (1, 3).)
import asyncio

sizes = []


async def quick():
    return 1


async def main():
    first = asyncio.create_task(quick())
    await asyncio.sleep(0)
    second = asyncio.create_task(asyncio.sleep(0))
    done, pending = await asyncio.wait([first, second], return_when=asyncio.FIRST_COMPLETED)
    sizes.append(len(done))
    sizes.append(len(pending))
    await second


asyncio.run(main())
print(sizes)
