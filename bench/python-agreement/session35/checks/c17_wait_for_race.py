"""wait_for with a timeout equal to the task's own sleep: which wins is decided by the loop's passes."""
import asyncio

outcomes = []


async def job():
    await asyncio.sleep(0.01)
    return "done"


async def main():
    try:
        outcomes.append(await asyncio.wait_for(job(), timeout=0.01))
    except asyncio.TimeoutError:
        outcomes.append("timeout")


asyncio.run(main())
print(outcomes)
