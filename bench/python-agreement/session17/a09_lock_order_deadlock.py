# bug: deadlock: two coroutines take the same two asyncio locks in opposite order, yielding in between
import asyncio

moves = []


async def move(name, first: asyncio.Lock, second: asyncio.Lock):
    async with first:
        await asyncio.sleep(0)
        async with second:
            moves.append(name)


async def main():
    inventory_lock = asyncio.Lock()
    shipping_lock = asyncio.Lock()
    await asyncio.gather(
        move("restock", inventory_lock, shipping_lock),
        move("ship", shipping_lock, inventory_lock),
    )
    print("moves:", moves)


asyncio.run(main())
