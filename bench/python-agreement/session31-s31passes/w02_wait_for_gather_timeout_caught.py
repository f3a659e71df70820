# wait_for(gather(...)) in time, inside `try: ... except TimeoutError:`: main resumes three passes after the
# last child's end; a heartbeat counts them.
import asyncio

beats = 0
at_resume = -1
timed_out = False


async def heartbeat():
    global beats
    while True:
        beats += 1
        await asyncio.sleep(0)


async def fetch(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    global at_resume, timed_out
    hb = asyncio.create_task(heartbeat())
    try:
        await asyncio.wait_for(asyncio.gather(fetch(2), fetch(3)), timeout=5)
    except TimeoutError:
        timed_out = True
    at_resume = beats
    hb.cancel()


asyncio.run(main())
print(at_resume, timed_out)
