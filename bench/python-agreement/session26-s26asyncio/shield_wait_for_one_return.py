"""a03_shield_save.py written with one return at the handler's end: wait_for(shield(task)) gives up, the write runs on."""
import asyncio

saved = []


async def save_to_disk(record):
    await asyncio.sleep(0.05)
    saved.append(record)
    return len(saved)


async def handler(record):
    write = asyncio.ensure_future(save_to_disk(record))
    try:
        count = await asyncio.wait_for(asyncio.shield(write), timeout=0.01)
    except asyncio.TimeoutError:
        print("client gave up on", record)
        count = await write  # the write itself was never cancelled
    return count


async def main():
    count = await handler("order-17")
    print("saved", saved, "count", count)


asyncio.run(main())
