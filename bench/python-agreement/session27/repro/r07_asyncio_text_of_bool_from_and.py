"""SILENT ERROR (weft-start): in a coroutine, `healthy = n > 0 and n < 10` prints as 1, not True."""
import asyncio

texts: list[str] = []


async def probe(n: int) -> None:
    await asyncio.sleep(0.001)
    healthy = n > 0 and n < 10
    texts.append(f"healthy={healthy}")


asyncio.run(probe(3))
print(texts)
