"""Two coroutines hand a turn back and forth through a shared `turn`, each polling it with
`await asyncio.sleep(0)` (a pass of the loop, no time), three rounds each; a busy-wait that would hold
the loop in a thread-style translation.
CPython 3.11: `6 [0, 1, 0, 1, 0, 1]` in every run."""
import asyncio

turn = 0
log = []


async def player(me):
    global turn
    for _ in range(3):
        while turn % 2 != me:
            await asyncio.sleep(0)
        log.append(me)
        turn += 1


async def main():
    await asyncio.gather(player(0), player(1))


asyncio.run(main())
print(turn, log)
