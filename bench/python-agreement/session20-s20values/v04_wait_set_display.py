# CPython 3.11: loser_cancelled=1 winner=1.1.1.1 (10 of 10); weft: complete within a 20ms time window, the same
"""Race two resolvers with asyncio.wait(FIRST_COMPLETED) and cancel the loser."""
import asyncio

winner = ""
loser_cancelled = 0


async def resolve(server, delay):
    await asyncio.sleep(delay)
    return server


async def main():
    global winner, loser_cancelled
    fast = asyncio.create_task(resolve("1.1.1.1", 0.002))
    slow = asyncio.create_task(resolve("8.8.8.8", 0.2))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        winner = task.result()
    for task in pending:
        task.cancel()
    loser_cancelled = len(pending)


if __name__ == "__main__":
    asyncio.run(main())
    assert winner == "1.1.1.1"
    assert loser_cancelled == 1
