"""A coroutine polls a flag every 50 ms (a pass longer than half weft's 20 ms time window); the setter
sets it at 120 ms and a third coroutine writes `x` at 140 ms, before the poller's next poll (150 ms).
CPython 3.11: seen = 1 on a quiet machine (the poll after the flag comes after the third's write);
on this loaded one seen = 0 in 2 of 10 runs too (the machine's stalls moved the timers; weft lists both).
weft takes such a loop round in virtual time (no spin-wait): its polls at 0, 50, 100, 150 ms."""
import asyncio

ready = 0
x = 0
seen = -1


async def setter():
    global ready
    await asyncio.sleep(0.12)
    ready = 1


async def third():
    global x
    await asyncio.sleep(0.14)
    x = 1


async def poller():
    global seen
    while ready == 0:
        await asyncio.sleep(0.05)
    seen = x


async def main():
    await asyncio.gather(poller(), setter(), third())


asyncio.run(main())
print(ready, seen)
