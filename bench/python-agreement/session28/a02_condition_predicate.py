import asyncio

inventory: list[int] = []
shipped: dict[str, int] = {}


async def restock(cond: asyncio.Condition) -> None:
    for batch in (2, 3, 1):
        await asyncio.sleep(0.01)
        async with cond:
            inventory.extend([batch] * batch)
            cond.notify_all()


async def customer(name: str, wanted: int, cond: asyncio.Condition) -> None:
    async with cond:
        await cond.wait_for(lambda: len(inventory) >= wanted)
        taken = [inventory.pop() for _ in range(wanted)]
        shipped[name] = len(taken)


async def main() -> None:
    cond = asyncio.Condition()
    await asyncio.gather(
        customer("ann", 2, cond),
        customer("bob", 3, cond),
        restock(cond),
    )


asyncio.run(main())
left = len(inventory)
print(f"shipped={shipped} left={left}")
assert sum(shipped.values()) == 5 and left == 1
