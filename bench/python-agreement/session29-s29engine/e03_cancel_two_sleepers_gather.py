# Two workers whose last statement is a sleep inside `try/except CancelledError`, one sleeping in a
# loop of short sleeps: main cancels both while they sleep and gathers them; each handler runs once.
import asyncio

stopped = 0
rounds = 0


async def ticker() -> None:
    global stopped, rounds
    try:
        for _ in range(100):
            rounds += 1
            await asyncio.sleep(0.004)
    except asyncio.CancelledError:
        stopped += 1


async def sleeper() -> None:
    global stopped
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        stopped += 1


async def main() -> None:
    tasks = [asyncio.create_task(ticker()), asyncio.create_task(sleeper())]
    await asyncio.sleep(0.01)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"stopped={stopped} ticked={rounds >= 1}")


asyncio.run(main())
