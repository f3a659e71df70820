# BUG: atomicity violation: read-await-write on a shared dict without asyncio.Lock loses increments.
import asyncio

inventory: dict[str, int] = {"widgets": 10}


async def reserve(item: str, qty: int) -> bool:
    available = inventory[item]
    if available < qty:
        return False
    await asyncio.sleep(0.001)  # e.g. talking to a payment service
    inventory[item] = available - qty
    return True


async def main() -> list[bool]:
    return await asyncio.gather(reserve("widgets", 4), reserve("widgets", 3))


outcomes = asyncio.run(main())
reserved = sum(q for q, ok in zip((4, 3), outcomes) if ok)
left = inventory["widgets"]
print(f"reserved={reserved} left={left}")
assert left == 10 - reserved, "stock lost an update"
