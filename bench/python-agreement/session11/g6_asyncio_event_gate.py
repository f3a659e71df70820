"""Coroutines wait at a gate (asyncio.Event); one opens it after a sleep."""
import asyncio

passed = 0


async def visitor(gate):
    global passed
    await gate.wait()
    passed += 1


async def opener(gate):
    await asyncio.sleep(0.01)
    gate.set()


async def main():
    gate = asyncio.Event()
    tasks = [asyncio.create_task(visitor(gate)) for _ in range(3)]
    await opener(gate)
    await asyncio.gather(*tasks)


asyncio.run(main())
print(passed)
