"""Tasks of `asyncio.to_thread(builtin, ...)` made with create_task and asyncio.wait_for: each runs
its builtin on a thread of the default executor; a coroutine that bumps a counter meanwhile races
nothing (the builtins' arguments are evaluated when the call is made)."""
import asyncio

level = 7
bumps = 0


async def bump():
    global bumps
    await asyncio.sleep(0)
    bumps += 1


async def main():
    peak = asyncio.create_task(asyncio.to_thread(max, level, 5))
    magnitude = asyncio.create_task(asyncio.to_thread(abs, -level))
    await bump()
    rounded = await asyncio.wait_for(asyncio.to_thread(round, 2.6), timeout=1)
    highest = await peak
    size = await magnitude
    found = highest + size + rounded
    print(f"found={found} bumps={bumps}")
    return found


found = asyncio.run(main())
assert found == 7 + 7 + 3 and bumps == 1
