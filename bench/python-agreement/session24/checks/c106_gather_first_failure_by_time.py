"""asyncio.gather where two coroutines raise: the caller sees the first to happen, not the first listed."""
import asyncio


async def check(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(f"item {n}")


async def main():
    try:
        await asyncio.gather(check(1, 0.05), check(2, 0.001))
    except ValueError as error:
        return str(error)
    return ""


message = asyncio.run(main())
print(message)
