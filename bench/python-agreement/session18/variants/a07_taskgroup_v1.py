# TaskGroup (3.11): one child fails, the others are cancelled; except* handles the group.
import asyncio

events = []
cancelled_children = []


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} broke")
        events.append(f"{name} done")
    except asyncio.CancelledError:
        cancelled_children.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("quick", 0.001))
            tg.create_task(child("broken", 0.002, fail=True))
            tg.create_task(child("slow", 0.05))
    except* ValueError:
        events.append("caught broken broke")


if __name__ == "__main__":
    asyncio.run(main())
    assert events == ["quick done", "caught broken broke"]
    assert cancelled_children == ["slow"]
