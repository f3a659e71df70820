# a task made ready runs on the loop's next pass, before a 5 ms timer: main always sees flag = 1
import asyncio

flag = 0
seen = -1


async def child():
    global flag
    flag = 1


async def main():
    global seen
    asyncio.create_task(child())
    await asyncio.sleep(0.005)
    seen = flag


asyncio.run(main())
print(seen)
