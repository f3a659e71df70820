# check: wait_for on a shielded task times out, but the task itself runs to the end
import asyncio

trail = []


async def save():
    await asyncio.sleep(0.03)
    trail.append("saved")
    return 1


async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        trail.append("gave up")
    value = await task
    trail.append(f"value {value}")


asyncio.run(main())
joined = " ".join(trail)
print(joined)
