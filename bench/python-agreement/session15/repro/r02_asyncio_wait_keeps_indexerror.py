# bug: check-then-act across an await -- three tasks see an order waiting, but there are only two;
# asyncio.wait keeps the third task's IndexError inside the task
import asyncio

pending_orders = [101, 102]
orders_processed = 0


async def handle_order():
    global orders_processed
    if pending_orders:
        await asyncio.sleep(0.001)
        orders_processed += 1
        pending_orders.pop(0)


async def main():
    tasks = [asyncio.create_task(handle_order()) for _ in range(3)]
    await asyncio.wait(tasks)


asyncio.run(main())
