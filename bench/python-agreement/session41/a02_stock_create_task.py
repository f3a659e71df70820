# bug: lost update - the stock level is read before an await and written back after it
import asyncio

inventory = {"widgets": 10}


async def sell(order_id, qty):
    level = inventory["widgets"]
    await asyncio.sleep(0.001)
    if level >= qty:
        inventory["widgets"] = level - qty
        return order_id, "ok"
    return order_id, "short"


async def main():
    tasks = [asyncio.create_task(sell(i, q)) for i, q in enumerate([3, 4, 2, 5])]
    outcomes = [await t for t in tasks]
    sold_ok = [oid for oid, s in outcomes if s == "ok"]
    print(f"outcomes={outcomes} left={inventory['widgets']} accepted={len(sold_ok)}")


asyncio.run(main())
