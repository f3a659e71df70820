"""asyncio.wait(return_when=FIRST_COMPLETED): take the fastest mirror and cancel the rest, which clean up."""
import asyncio

cleaned_up: list[str] = []
winner = ""


async def download(mirror: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        return mirror
    except asyncio.CancelledError:
        cleaned_up.append(mirror)
        raise


async def main() -> None:
    global winner
    tasks = [
        asyncio.create_task(download(name, delay))
        for name, delay in [("eu", 0.03), ("us", 0.01), ("asia", 0.05)]
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    for task in pending:
        task.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in results)


asyncio.run(main())
cancelled_count = len(cleaned_up)
print(f"winner={winner} cleaned_up={sorted(cleaned_up)}")
assert winner == "us" and sorted(cleaned_up) == ["asia", "eu"]
