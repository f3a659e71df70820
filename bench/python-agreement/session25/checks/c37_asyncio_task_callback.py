# check: an asyncio task's done-callback is scheduled with call_soon: it has not run right after `await t`
# when it was added after the task finished, and runs at the next loop turn
import asyncio

log = []


async def job():
    await asyncio.sleep(0.001)
    return 7


def early(fut):
    log.append(f"early {fut.result()}")


def late(fut):
    log.append("late")


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(early)
    await t
    log.append("awaited")
    t.add_done_callback(late)
    log.append(f"len {len(log)}")
    await asyncio.sleep(0)
    log.append("after sleep")


asyncio.run(main())
joined = " | ".join(log)
print(joined)
