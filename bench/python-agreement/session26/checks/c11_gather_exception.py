import asyncio

finished: list[int] = []
caught = ""


async def job(n: int) -> int:
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise RuntimeError(f"job {n} failed")
    finished.append(n)
    return n


async def main() -> None:
    global caught
    try:
        await asyncio.gather(*[job(n) for n in range(1, 5)])
    except RuntimeError as exc:
        caught = str(exc)
    await asyncio.sleep(0.01)


asyncio.run(main())
print(finished, caught)
