"""Race a fast resolver against two slow ones, cancel the losers and count the cancellations."""
import asyncio

winner = ""
cancelled = 0
finished = 0


async def resolve(server, delay):
    await asyncio.sleep(delay)
    return server


async def main():
    global winner, cancelled, finished
    fast = asyncio.create_task(resolve("1.1.1.1", 0.002))
    slow = asyncio.create_task(resolve("8.8.8.8", 0.2))
    slower = asyncio.create_task(resolve("9.9.9.9", 0.3))
    done, pending = await asyncio.wait({fast, slow, slower}, return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        winner = task.result()
    for task in pending:
        task.cancel()
    for task in pending:
        try:
            await task
            finished += 1
        except asyncio.CancelledError:
            cancelled += 1


if __name__ == "__main__":
    asyncio.run(main())
    assert winner == "1.1.1.1"
    assert cancelled == 2
    assert finished == 0
