# wait_for over a gather times out: the gather's children are cancelled and their finally blocks run.
import asyncio

cleaned = []
finished = []


async def child(name, d):
    try:
        await asyncio.sleep(d)
        finished.append(name)
    finally:
        cleaned.append(name)


async def main():
    try:
        await asyncio.wait_for(asyncio.gather(child("a", 0.001), child("b", 0.5), child("c", 0.6)), timeout=0.05)
    except asyncio.TimeoutError:
        cleaned.append("timeout")
    print(finished, cleaned)


asyncio.run(main())
