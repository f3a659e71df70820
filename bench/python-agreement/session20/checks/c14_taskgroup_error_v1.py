"""TaskGroup: one child fails, the others are cancelled, the error comes as an ExceptionGroup."""
import asyncio

cancelled_children = 0
finished_children = 0
group_errors = []


async def child(n):
    global cancelled_children, finished_children
    try:
        await asyncio.sleep(0.001 * n)
        if n == 2:
            raise RuntimeError(f"child {n} failed")
        await asyncio.sleep(0.02)
        finished_children += 1
    except asyncio.CancelledError:
        cancelled_children += 1
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(child(n))
    except* RuntimeError as eg:
        group_errors.append(str(len(eg.exceptions)))


if __name__ == "__main__":
    asyncio.run(main())
