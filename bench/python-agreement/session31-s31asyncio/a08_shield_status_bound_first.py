# session30/a08 with `status` bound before the `try` (as its variant a08_v2) and the shield kept
import asyncio

resources = {"open": 0, "closed": 0}
progress = []


async def stream(name, chunks):
    resources["open"] += 1
    try:
        for i in range(chunks):
            await asyncio.sleep(0.002)
            progress.append((name, i))
    except asyncio.CancelledError:
        progress.append((name, "cancelled"))
        raise
    finally:
        resources["closed"] += 1


async def critical_save():
    await asyncio.sleep(0.003)
    progress.append(("save", "done"))
    return "saved"


async def main():
    long_task = asyncio.create_task(stream("long", 10))
    short_task = asyncio.create_task(stream("short", 1))
    saver = asyncio.create_task(critical_save())
    await asyncio.sleep(0.005)
    long_task.cancel()
    status = "long finished"
    shielded = asyncio.shield(saver)
    try:
        await long_task
    except asyncio.CancelledError:
        status = "long cancelled"
    saved = await shielded
    await short_task
    print(status, "|", saved, "| resources:", resources)
    print("long chunks:", sum(1 for n, i in progress if n == "long" and i != "cancelled"))


asyncio.run(main())
