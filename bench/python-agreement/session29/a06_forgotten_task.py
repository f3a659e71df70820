# BUG: fire and forget: the audit task is never awaited, so asyncio.run cancels it before it records
import asyncio

audit_log = []
orders = 0


async def audit(order_id):
    await asyncio.sleep(0.01)
    audit_log.append(order_id)


async def place_order(order_id):
    global orders
    orders += 1
    asyncio.create_task(audit(order_id))


async def main():
    for oid in (101, 102):
        await place_order(oid)
    await asyncio.sleep(0.001)


asyncio.run(main())
print("orders", orders, "audited", audit_log)
