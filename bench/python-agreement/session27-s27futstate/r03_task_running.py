"""Refused: an asyncio task has no running() (AttributeError)."""
import asyncio


async def nap():
    await asyncio.sleep(0.01)


async def main():
    t = asyncio.create_task(nap())
    r = t.running()
    await t
    return r


print(asyncio.run(main()))
