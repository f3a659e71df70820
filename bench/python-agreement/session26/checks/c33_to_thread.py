import asyncio
import time

order: list[str] = []


def blocking_io(name: str) -> str:
    time.sleep(0.02)
    order.append(name)
    return name.upper()


async def main() -> list[str]:
    return await asyncio.gather(asyncio.to_thread(blocking_io, "x"), asyncio.to_thread(blocking_io, "y"))


results = asyncio.run(main())
first = results[0]
print(results, order)
