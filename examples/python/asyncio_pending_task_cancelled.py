"""A background task that `asyncio.run`'s coroutine never awaits: when `main` returns, Python cancels the
tasks still pending (CancelledError at the `await` each is suspended in), so the ticker, which would tick
five times, is stopped after two. The import does the same: a `cancel` of each task `main` started and did
not await, at `main`'s end, and a wait for it to end."""
import asyncio

ticks = 0


async def ticker():
    global ticks
    for _ in range(5):
        await asyncio.sleep(0.01)
        ticks += 1


async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(0.025)


if __name__ == "__main__":
    asyncio.run(main())
    print("ticks:", ticks)
