# check: a task cancelled before it ever ran never runs its body (not even its try:)
import asyncio

log = []


async def job():
    log.append(1)
    try:
        await asyncio.sleep(0.01)
    finally:
        log.append(2)


async def main():
    t = asyncio.create_task(job())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(3)


asyncio.run(main())
