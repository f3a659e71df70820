"""Two coroutines wait for an asyncio.Event with asyncio.wait_for: the patient one sees it set, the
impatient one times out first."""
import asyncio

patient = 0
impatient = 0


async def wait_patiently(ev):
    global patient
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.2)
        patient = 1
    except asyncio.TimeoutError:
        patient = -1


async def wait_briefly(ev):
    global impatient
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.01)
        impatient = 1
    except asyncio.TimeoutError:
        impatient = -1


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(wait_patiently(ev)), asyncio.create_task(wait_briefly(ev))]
    await asyncio.sleep(0.05)
    ev.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(patient, impatient)
