import asyncio

slow_done = 0
caught = 0


async def fail() -> None:
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def slow() -> None:
    global slow_done
    await asyncio.sleep(0.03)
    slow_done = 1


async def main() -> None:
    global caught
    try:
        await asyncio.gather(fail(), slow())
    except ValueError:
        caught = 1
    await asyncio.sleep(0.05)  # gather did not cancel slow(): it finishes meanwhile


asyncio.run(main())
print(caught, slow_done)
assert caught == 1 and slow_done == 1
