# check: cancelling the task that awaits gather cancels the gathered children
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"child{n} cancelled")
        raise


async def parent():
    await asyncio.gather(child(1), child(2))


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.002)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("parent cancelled")


asyncio.run(main())
print(log)
