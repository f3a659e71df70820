# BUG: deadlock: two coroutines take the same pair of asyncio.Locks in opposite orders
import asyncio

moves: list[str] = []


class Warehouse:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lock = asyncio.Lock()
        self.items = 10


async def move(src: Warehouse, dst: Warehouse, n: int) -> None:
    async with src.lock:
        await asyncio.sleep(0.001)  # count the shelf
        async with dst.lock:
            src.items -= n
            dst.items += n
            moves.append(f"{src.name}->{dst.name}:{n}")


async def main() -> None:
    north, south = Warehouse("north"), Warehouse("south")
    await asyncio.gather(move(north, south, 3), move(south, north, 4))


asyncio.run(main())
move_count = len(moves)
print(moves)
