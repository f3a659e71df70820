"""An async context manager class of the program: enter and exit under a semaphore, a return inside."""
import asyncio

in_use = 0
peak = 0
released = 0


class Lease:
    def __init__(self, owner: str, slot: int) -> None:
        self.owner = owner
        self.slot = slot

    async def __aenter__(self) -> "Lease":
        global in_use, peak
        await asyncio.sleep(0.001)
        in_use += 1
        peak = max(peak, in_use)
        return self

    async def __aexit__(self, *exc) -> None:
        global in_use, released
        await asyncio.sleep(0.001)
        in_use -= 1
        released += 1


async def job(gate: asyncio.Semaphore, n: int) -> int:
    async with gate:
        async with Lease(f"job{n}", n):
            await asyncio.sleep(0.003)
            return n * 2


async def main() -> int:
    gate = asyncio.Semaphore(3)
    values = await asyncio.gather(*[job(gate, n) for n in range(6)])
    return sum(values)


total = asyncio.run(main())
print(f"total={total} peak={peak} released={released} in_use={in_use}")
assert total == 30 and peak <= 3 and released == 6 and in_use == 0
