# check (program): TaskGroup order processing where one order fails and the rest are cancelled
import asyncio

shipped = []
cancelled = []


class PaymentError(Exception):
    pass


async def process(order_id, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise PaymentError(order_id)
        shipped.append(order_id)
    except asyncio.CancelledError:
        cancelled.append(order_id)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(process(1, 0.001))
            tg.create_task(process(2, 0.003, True))
            tg.create_task(process(3, 0.02))
            tg.create_task(process(4, 0.002))
    except* PaymentError as eg:
        shipped.append(-len(eg.exceptions))


asyncio.run(main())
print(shipped, cancelled)
