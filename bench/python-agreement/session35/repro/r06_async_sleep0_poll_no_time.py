"""A coroutine polls a flag with `await asyncio.sleep(0)` while another sets it after `asyncio.sleep(0.001)`.
CPython 3.11: prints `1 1` in every run (each poll takes real time; after 1 ms the setter's timer fires).
weft (start binary): `weft run` ends at step_limit (10,000,000 steps, makespan 101.7us: a poll step
costs no virtual time, so the setter's 1 ms never comes); `weft explore` makes 0 schedules in 30 s.
Loud (no outcome is claimed), but the program imports and no run ends."""
import asyncio

ready = 0
polls = 0


async def setter():
    global ready
    await asyncio.sleep(0.001)
    ready = 1


async def waiter():
    global polls
    while not ready:
        polls = 1
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(waiter(), setter())


asyncio.run(main())
print(ready, polls)
