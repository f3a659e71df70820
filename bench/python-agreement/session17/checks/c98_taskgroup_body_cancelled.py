# no bug: when a child of a TaskGroup fails, the body of the `async with` is cancelled at its await and its rest never runs
import asyncio

body_finished = 0
failures = 0


async def fail_fast():
    await asyncio.sleep(0.001)
    raise RuntimeError("boom")


async def main():
    global body_finished, failures
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_fast())
            await asyncio.sleep(0.050)
            body_finished = 1
    except* RuntimeError as group:
        failures = len(group.exceptions)


asyncio.run(main())
print(body_finished, failures)
