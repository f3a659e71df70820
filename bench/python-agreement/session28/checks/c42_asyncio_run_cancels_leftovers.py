import asyncio

leftover_finished = 0
leftover_cancelled = 0


async def leftover() -> None:
    global leftover_finished, leftover_cancelled
    try:
        await asyncio.sleep(0.2)
        leftover_finished = 1
    except asyncio.CancelledError:
        leftover_cancelled = 1
        raise


async def main() -> None:
    asyncio.create_task(leftover())  # never awaited
    await asyncio.sleep(0.01)


asyncio.run(main())
print(leftover_finished, leftover_cancelled)
assert leftover_finished == 0 and leftover_cancelled == 1
