# bug: check-then-act across an await -- the third task pops from an empty list; main catches the
# IndexError that gather raises
import asyncio

pending_orders = [101, 102]
orders_processed = 0
errors = 0


async def handle_order():
    global orders_processed
    if pending_orders:
        await asyncio.sleep(0.001)
        pending_orders.pop(0)
        orders_processed += 1


async def main():
    global errors
    try:
        await asyncio.gather(handle_order(), handle_order(), handle_order())
    except IndexError:
        errors += 1


asyncio.run(main())
