# Task.cancel() returns True for a pending task, False for a finished one
import asyncio

answers = []


async def quick():
    return 1


async def slow():
    await asyncio.sleep(1)


async def main():
    done_task = asyncio.create_task(quick())
    await done_task
    pending = asyncio.create_task(slow())
    await asyncio.sleep(0)
    answers.append(1 if done_task.cancel() else 0)
    answers.append(1 if pending.cancel() else 0)
    try:
        await pending
    except asyncio.CancelledError:
        answers.append(2)


asyncio.run(main())
print(answers)
