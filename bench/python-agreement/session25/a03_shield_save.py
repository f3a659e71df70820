import asyncio

saved = []


async def save_to_disk(record):
    await asyncio.sleep(0.05)
    saved.append(record)
    return len(saved)


async def handler(record):
    write = asyncio.ensure_future(save_to_disk(record))
    try:
        return await asyncio.wait_for(asyncio.shield(write), timeout=0.01)
    except asyncio.TimeoutError:
        print("client gave up on", record)
        return await write  # the write itself was never cancelled


async def main():
    count = await handler("order-17")
    print("saved", saved, "count", count)
    task = asyncio.create_task(save_to_disk("order-18"))
    outer = asyncio.shield(task)
    outer.cancel()
    await asyncio.sleep(0.08)
    print("outer cancelled", outer.cancelled(), "inner done", task.done(), saved)


asyncio.run(main())
