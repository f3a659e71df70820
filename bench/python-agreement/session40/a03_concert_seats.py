# Concert seats: buyers check seats left, await the payment, then take a seat. Bug: check-then-act across an await (oversell).
import asyncio

seats_left = 2
sold = []
sold_out = []


async def buy(fan, pay_time):
    global seats_left
    if seats_left > 0:
        await asyncio.sleep(pay_time)
        seats_left -= 1
        sold.append(fan)
    else:
        sold_out.append(fan)


async def main():
    fans = [("nia", 0.01), ("omar", 0.02), ("pia", 0.005)]
    tasks = [asyncio.create_task(buy(f, t)) for f, t in fans]
    await asyncio.gather(*tasks)


asyncio.run(main())
oversold = seats_left < 0
print(f"seats_left={seats_left} sold={sold} sold_out={sold_out} oversold={oversold}")
