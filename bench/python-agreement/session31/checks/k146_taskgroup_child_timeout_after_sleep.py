# k122 with a sleep(0) first: a TaskGroup child whose own wait_for times out; except* TimeoutError catches the group
import asyncio

outcome = ""
sibling = ""


async def slow_call():
    await asyncio.sleep(0)
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)


async def other():
    global sibling
    try:
        await asyncio.sleep(1)
        sibling = "done"
    except asyncio.CancelledError:
        sibling = "cancelled"
        raise


async def main():
    global outcome
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_call())
            tg.create_task(other())
    except* TimeoutError:
        outcome = "timeout in group"


asyncio.run(main())
print(outcome, sibling)
