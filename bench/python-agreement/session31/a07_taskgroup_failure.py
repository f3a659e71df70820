# asyncio.TaskGroup (3.11): one child fails, its siblings are cancelled, except* picks the failure out
import asyncio

finished = []
cancelled = []


class PaymentDeclined(Exception):
    pass


async def step(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise PaymentDeclined(name)
        finished.append(name)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def checkout():
    errors = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("reserve", 0.001))
            tg.create_task(step("charge", 0.003, fail=True))
            tg.create_task(step("email", 0.02))
    except* PaymentDeclined as group:
        errors = [str(e) for e in group.exceptions]
    return errors


errors = asyncio.run(checkout())
print("finished:", finished)
print("cancelled:", cancelled)
print("errors:", errors)
