# check: an exception in an asyncio task's done callback goes to the loop's handler; main goes on
import asyncio

log = []


def bad_callback(t):
    log.append(t.result())
    raise RuntimeError("callback failed")


async def job():
    return 3


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(bad_callback)
    await t
    await asyncio.sleep(0)
    log.append(4)


asyncio.run(main())
