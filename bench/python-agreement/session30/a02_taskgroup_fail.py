import asyncio

finished = []
cleaned = []


async def step(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        finished.append(name)
        return name
    except asyncio.CancelledError:
        cleaned.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            fast = tg.create_task(step("fast", 0.001))
            tg.create_task(step("bad", 0.003, fail=True))
            tg.create_task(step("slow", 0.02))
    except* RuntimeError as group:
        messages = [str(e) for e in group.exceptions]
        print("errors:", messages)
    print("fast result:", fast.result())
    print("finished:", finished, "cancelled:", cleaned)


asyncio.run(main())
