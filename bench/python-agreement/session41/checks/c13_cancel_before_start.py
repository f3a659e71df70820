# check: a task cancelled before it ever ran never starts its body
import asyncio

ran = []
states = []


async def body():
    ran.append("body")


async def main():
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        states.append("cancelled")
    states.append(int(t.done()))


asyncio.run(main())
print(ran, states)
