# Expected: three asyncio runners wait on a start Event; all run after the gate opens, started == 3.
import asyncio

started = 0


async def runner(gate, lane):
    global started
    await gate.wait()
    started += 1
    print(f"lane {lane} off")


async def main():
    gate = asyncio.Event()
    tasks = [asyncio.create_task(runner(gate, lane)) for lane in range(3)]
    await asyncio.sleep(0.01)
    gate.set()
    await asyncio.gather(*tasks)
    print(f"started={started}")


if __name__ == "__main__":
    asyncio.run(main())
