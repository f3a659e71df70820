# wait_for of a task made earlier with create_task
import asyncio

started = 0
timed_out = 0


async def child():
    global started
    started = 1
    await asyncio.sleep(1)


async def main():
    global timed_out
    t = asyncio.create_task(child())
    try:
        await asyncio.wait_for(t, timeout=0.005)
    except asyncio.TimeoutError:
        timed_out = 1


asyncio.run(main())
print(started, timed_out)
