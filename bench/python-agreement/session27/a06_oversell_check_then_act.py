# BUG: check-then-act across an await: two orders both see one item in stock and both reserve it
import asyncio

stock: dict[str, int] = {"widget": 1, "gadget": 5}
confirmed: list[str] = []


async def reserve(order_id: str, sku: str) -> bool:
    if stock[sku] > 0:
        await asyncio.sleep(0.001)  # charge the card
        stock[sku] -= 1
        confirmed.append(order_id)
        return True
    return False


async def main() -> None:
    await asyncio.gather(reserve("o1", "widget"), reserve("o2", "widget"), reserve("o3", "gadget"))


asyncio.run(main())
widgets_left = stock["widget"]
print(stock, confirmed)
assert widgets_left >= 0, "oversold"
