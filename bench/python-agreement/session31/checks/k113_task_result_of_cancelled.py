# task.result() and task.exception() of a cancelled task both raise CancelledError
import asyncio

seen = []


async def idle():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(idle())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        seen.append("await")
    try:
        t.result()
    except asyncio.CancelledError:
        seen.append("result")
    try:
        t.exception()
    except asyncio.CancelledError:
        seen.append("exception")


asyncio.run(main())
print(seen)
