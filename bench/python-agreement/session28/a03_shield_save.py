import asyncio

saved = 0
timed_out = 0
cancelled_plain = 0


async def save_to_disk(record: dict) -> None:
    global saved
    await asyncio.sleep(0.05)
    saved += 1


async def plain_save() -> None:
    global cancelled_plain
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        cancelled_plain += 1
        raise


async def main() -> None:
    global timed_out
    task = asyncio.create_task(save_to_disk({"id": 1}))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        timed_out += 1
    await task  # the shielded save still finishes
    try:
        await asyncio.wait_for(plain_save(), timeout=0.01)
    except asyncio.TimeoutError:
        timed_out += 1


asyncio.run(main())
print(f"saved={saved} timed_out={timed_out} cancelled_plain={cancelled_plain}")
assert saved == 1 and timed_out == 2 and cancelled_plain == 1
